using System.Text.Json;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Publishing;

/// <summary>
/// An editor's change to a live variant, as stored beside it until approved. <see cref="SharedFields"/> holds
/// only the shared fields the change alters (older rows hold all of them), laid over the item's values.
/// </summary>
public sealed record PendingEdit(string Title, string? Summary, string Body, string? Slug, string SharedFields, string LocalizedFields)
{
    public static PendingEdit From(ContentEdit edit, ContentTypeDescriptor type, string liveSharedFields)
    {
        var (shared, localized) = ContentFields.Write(type, edit.Fields ?? Activator.CreateInstance(type.ClrType)!);
        return new PendingEdit(edit.Title, edit.Summary, edit.Body, edit.Slug, ContentFields.Changes(liveSharedFields, shared) ?? "{}", localized);
    }

    public ContentEdit ToEdit(ContentVariant variant, ContentTypeDescriptor type) => new()
    {
        ItemId = variant.ItemId, TypeKey = type.Key, Language = variant.Language,
        Title = Title, Summary = Summary, Body = Body, Slug = Slug,
        Fields = ContentFields.Read(type.ClrType, ContentFields.Overlay(variant.Item.SharedFields, SharedFields), LocalizedFields),
    };

    public string ToJson() => JsonSerializer.Serialize(this, ContentFields.Json);

    public static PendingEdit? FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<PendingEdit>(json, ContentFields.Json);
}
