using System.Text.Json;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Publishing;

/// <summary>What a revision recorded; compared field by field and restored as a draft.</summary>
public sealed record RevisionSnapshot(string Title, string? Summary, string Body, string? Slug, string? State, string? Fields, string? Shared)
{
    public static RevisionSnapshot Parse(string json) =>
        JsonSerializer.Deserialize<RevisionSnapshot>(json, ContentFields.Json) ?? throw new JsonException("Empty revision snapshot.");

    /// <summary>Every compared value by name: title, summary, slug, body and each shared and localized field.</summary>
    public IReadOnlyDictionary<string, string> Values()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = Title, ["summary"] = Summary ?? "", ["slug"] = Slug ?? "", ["body"] = Body,
        };
        foreach (var (name, node) in ContentFields.Parse(Shared).Concat(ContentFields.Parse(Fields)))
        {
            values[name] = node?.ToJsonString(ContentFields.Json) ?? "";
        }
        return values;
    }
}
