using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>What the edit screen shows for one item and language: the working text (a pending change first), the source language beside a translation, and the generated fields.</summary>
public sealed class ContentEditor(
    CmsDbContext db, ContentTypeRegistry types, ContentPicker picker, IStringLocalizer<FormText> form, IStringLocalizer<ManagerText> manager,
    IStringLocalizer<ReviewText> review, IStringLocalizer<SiteText> site)
{
    public async Task<EditorView?> LoadAsync(Guid? itemId, string? typeKey, SiteLanguage language, CancellationToken cancellationToken)
    {
        ContentItem? item = null;
        if (itemId is { } id)
        {
            item = await db.Items.AsNoTracking().Include(i => i.Variants).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
            if (item is null)
            {
                return null;
            }
        }
        var type = types.Find(item?.TypeKey ?? typeKey);
        if (type is null)
        {
            return null;
        }
        var variant = item?.Variants.SingleOrDefault(v => v.Language == language.Culture);
        var source = language == SiteLanguage.Chinese ? null : item?.Variants.SingleOrDefault(v => v.Language == SiteLanguage.Chinese.Culture);
        var pending = PendingEdit.FromJson(variant?.PendingEdit);
        var shared = variant is not null ? SharedFieldProposal.ProposedBy(variant) : item?.SharedFields;
        var values = Merge(shared, pending is not null ? pending.LocalizedFields : variant?.Fields);
        var text = pending is not null
            ? new EditorText(pending.Title, pending.Summary, pending.Body, pending.Slug ?? variant!.Slug)
            : new EditorText(variant?.Title ?? "", variant?.Summary, variant?.Body ?? "", variant?.Slug);
        var outOfDate = variant is not null && source?.EditedAt is { } sourceEdited && variant.EditedAt < sourceEdited;
        var fields = await FieldsAsync(type, values, cancellationToken);
        return new EditorView(type, language, item, variant, source, text, fields, outOfDate)
        {
            SharedChanges = variant is null ? [] : await SharedChangesAsync(type, item!.SharedFields, SharedFieldProposal.ChangesOf(variant), fields, cancellationToken),
        };
    }

    /// <summary>Each shared field the variant's unapproved work changes, with its live value beside the proposed one.</summary>
    private async Task<IReadOnlyList<SharedFieldChange>> SharedChangesAsync(
        ContentTypeDescriptor type, string live, string? changes, IReadOnlyList<FormField> proposed, CancellationToken cancellationToken)
    {
        if (changes is null)
        {
            return [];
        }
        var liveFields = await FieldsAsync(type, ContentFields.Parse(live), cancellationToken);
        return ContentFields.Parse(changes)
            .Select(c => (Live: liveFields.FirstOrDefault(f => f.Name == c.Key), Proposed: proposed.FirstOrDefault(f => f.Name == c.Key)))
            .Where(p => p.Live is not null && p.Proposed is not null)
            .Select(p => new SharedFieldChange(p.Live!.Name, p.Live.Label, Shown(p.Live), Shown(p.Proposed!)))
            .ToList();
    }

    /// <summary>A select's option name rather than its key, so the reviewer reads what readers will.</summary>
    private static string Shown(FormField field) =>
        field.Options.FirstOrDefault(o => o.Value == field.Value) is { Label: { } label } && field.Value.Length > 0 ? label : field.Value;

    public async Task<IReadOnlyList<FormField>> FieldsAsync(ContentTypeDescriptor type, JsonObject values, CancellationToken cancellationToken)
    {
        var terms = await db.Terms.AsNoTracking().ToListAsync(cancellationToken);
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        var fields = ContentForm.Fields(type, values, terms, culture, Label);
        var links = fields.Where(f => f.Link is not null && f.Value.Length > 0).ToList();
        if (links.Count == 0)
        {
            return fields;
        }
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in links.GroupBy(f => f.Link!.TypeKey))
        {
            foreach (var (key, title) in await picker.TitlesAsync(group.Key, group.Select(f => f.Value).ToList(), culture, cancellationToken))
            {
                titles[group.Key + ":" + key] = title;
            }
        }
        return fields.Select(f => f.Link is { } link && titles.TryGetValue(link.TypeKey + ":" + f.Value, out var title) ? f with { LinkedTitle = title } : f).ToList();
    }

    /// <summary>A label or message key, from the form's strings, the manager's or else the site's; the key itself when none has it.</summary>
    public string Label(string key)
    {
        var own = form[key];
        if (!own.ResourceNotFound)
        {
            return own.Value;
        }
        var text = manager[key];
        if (!text.ResourceNotFound)
        {
            return text.Value;
        }
        var reviewText = review[key];
        return reviewText.ResourceNotFound ? site[key].Value : reviewText.Value;
    }

    internal static JsonObject Merge(string? shared, string? localized)
    {
        var merged = ContentFields.Parse(shared);
        foreach (var (name, node) in ContentFields.Parse(localized))
        {
            merged[name] = node?.DeepClone();
        }
        return merged;
    }
}

public sealed record EditorText(string Title, string? Summary, string Body, string? Slug);

public sealed record EditorView(
    ContentTypeDescriptor Type,
    SiteLanguage Language,
    ContentItem? Item,
    ContentVariant? Variant,
    ContentVariant? Source,
    EditorText Text,
    IReadOnlyList<FormField> Fields,
    bool TranslationOutOfDate)
{
    /// <summary>Shared fields waiting for a publisher: they show on every language's page once approved.</summary>
    public IReadOnlyList<SharedFieldChange> SharedChanges { get; init; } = [];
}

public sealed record SharedFieldChange(string Name, string Label, string Live, string Proposed);
