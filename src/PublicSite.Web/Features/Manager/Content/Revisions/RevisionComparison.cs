using System.Text.Json.Nodes;
using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Manager.Content.Revisions;

/// <summary>
/// Two revisions compared as an editor reads them: each changed field under its label in the editor's language, option
/// names rather than keys, lists (attachments, one value per line) as rows, text as a word-level diff.
/// </summary>
public sealed class RevisionComparison(ContentEditor editor, ContentTypeRegistry types)
{
    public async Task<IReadOnlyList<ComparedField>> CompareAsync(
        string typeKey, RevisionSnapshot before, RevisionSnapshot after, CancellationToken cancellationToken)
    {
        var compared = new List<ComparedField>();
        void Text(string name, string labelKey, string? a, string? b)
        {
            if ((a ?? "") != (b ?? ""))
            {
                compared.Add(new ComparedField(name, editor.Label(labelKey), false, TextDiff.Of(a ?? "", b ?? "")));
            }
        }
        Text("title", "TitleLabel", before.Title, after.Title);
        Text("summary", "SummaryLabel", before.Summary, after.Summary);
        Text("slug", "SlugLabel", before.Slug, after.Slug);
        Text("body", "BodyLabel", before.Body, after.Body);

        var type = types.Get(typeKey);
        var fieldsBefore = await editor.FieldsAsync(type, ContentEditor.Merge(before.Shared, before.Fields), cancellationToken);
        var fieldsAfter = await editor.FieldsAsync(type, ContentEditor.Merge(after.Shared, after.Fields), cancellationToken);
        foreach (var (a, b) in fieldsBefore.Zip(fieldsAfter))
        {
            var (shownA, shownB) = (Shown(a), Shown(b));
            if (shownA == shownB)
            {
                continue;
            }
            var isList = a.Kind is FormFieldKind.Lines or FormFieldKind.Records;
            compared.Add(new ComparedField(a.Name, a.Label, isList, isList ? TextDiff.Rows(shownA, shownB) : TextDiff.Of(shownA, shownB)));
        }
        return compared;
    }

    /// <summary>What readers see: an option's name, a group as "part: value" lines, a record's values side by side.</summary>
    private static string Shown(FormField field) => field.Kind switch
    {
        _ when field.Value.Length == 0 => "",
        FormFieldKind.Select => field.Options.FirstOrDefault(o => o.Value == field.Value).Label ?? field.Value,
        FormFieldKind.Group => JsonNode.Parse(field.Value) is JsonObject group
            ? string.Join('\n', group.Where(p => p.Value is not null).Select(p => $"{p.Key}: {p.Value}"))
            : field.Value,
        FormFieldKind.Records => field.Value.Replace(ContentForm.RecordSeparator, " — ", StringComparison.Ordinal),
        _ => field.Value,
    };
}

/// <summary>One changed field: its label, and its diff as text segments or (for a list) as rows kept, removed or added.</summary>
public sealed record ComparedField(string Name, string Label, bool IsList, IReadOnlyList<DiffSegment> Segments);
