using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Media;
using PublicSite.Cms.Reading;

namespace PublicSite.Web.Features.Api;

/// <summary>Turns a public variant into the API's item: links, fields as stored, body as Markdown and as safe HTML, files.</summary>
public sealed class ApiItemProjection(ContentTypeRegistry types, ContentHtml html, AttachmentCatalog attachments)
{
    public async Task<ApiContentItem> ToItemAsync(
        ContentVariant variant, IReadOnlyList<(SiteLanguage Language, string Slug)> translations, ApiLinks links,
        CancellationToken cancellationToken)
    {
        var item = variant.Item;
        var type = types.Get(variant.TypeKey);
        var language = SiteLanguage.FromCulture(variant.Language)!;
        var files = new List<ApiAttachment>();
        foreach (var reference in AttachmentRef.In(ContentFields.Read(type.ClrType, item.SharedFields, variant.Fields)))
        {
            var info = await attachments.FindAsync(reference.File, cancellationToken);
            files.Add(new ApiAttachment(reference.TitleIn(language.Culture), reference.File, links.File(reference.File),
                info?.ContentType ?? MediaTypes.Of(reference.File), info?.Length, info?.Sha256));
        }
        var publishedAt = variant.PublishAt!.Value;
        var updatedAt = new[] { variant.UpdatedAt, item.UpdatedAt, publishedAt }.Max();

        return new ApiContentItem(
            item.Id, item.Key, type.Key, language.Culture, language.Code, type.Section, variant.Slug,
            links.Page(language, type.Section, variant.Slug), links.Item(item.Id, language),
            translations.Select(t => new ApiTranslation(t.Language.Culture, links.Page(t.Language, type.Section, t.Slug), links.Item(item.Id, t.Language)))
                .ToList(),
            variant.Title, variant.Summary, variant.Body, html.Render(variant.Body), item.IndexNumber, item.ListDate,
            Utc(publishedAt), Utc(updatedAt), variant.ExpireAt is { } expires ? Utc(expires) : null,
            ContentFields.Parse(item.SharedFields), ContentFields.Parse(variant.Fields), files);
    }

    /// <summary>Several variants, each with the other languages its item is public in.</summary>
    public async Task<IReadOnlyList<ApiContentItem>> ToItemsAsync(
        IReadOnlyList<ContentVariant> variants, PublishedContent content, ApiLinks links, CancellationToken cancellationToken)
    {
        var translations = await content.TranslationsAsync(variants.Select(v => v.ItemId).Distinct().ToList(), cancellationToken);
        var items = new List<ApiContentItem>(variants.Count);
        foreach (var variant in variants)
        {
            var others = translations[variant.ItemId].Where(t => t.VariantId != variant.Id).Select(t => (t.Language, t.Slug)).ToList();
            items.Add(await ToItemAsync(variant, others, links, cancellationToken));
        }
        return items;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
