using System.Text.Json;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Publishing;

/// <summary>An editor's change to a live variant, as stored beside it until approved.</summary>
public sealed record PendingEdit(string Title, string? Summary, string Body, string? Slug, string SharedFields, string LocalizedFields)
{
    public static PendingEdit From(ContentEdit edit, ContentTypeDescriptor type)
    {
        var (shared, localized) = ContentFields.Write(type, edit.Fields ?? Activator.CreateInstance(type.ClrType)!);
        return new PendingEdit(edit.Title, edit.Summary, edit.Body, edit.Slug, shared, localized);
    }

    public ContentEdit ToEdit(ContentVariant variant, ContentTypeDescriptor type) => new()
    {
        ItemId = variant.ItemId, TypeKey = type.Key, Language = variant.Language,
        Title = Title, Summary = Summary, Body = Body, Slug = Slug,
        Fields = ContentFields.Read(type.ClrType, SharedFields, LocalizedFields),
    };

    public string ToJson() => JsonSerializer.Serialize(this, ContentFields.Json);

    public static PendingEdit? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<PendingEdit>(json, ContentFields.Json);
}
