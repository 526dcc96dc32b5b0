using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Reading;

/// <summary>
/// Every read of published content the public site, the API, feeds and the sitemap make. Each query starts from
/// <see cref="VisibilityQueries.VisibleAt"/> at one instant per scope, so drafts, items in review, scheduled,
/// withdrawn, expired and deleted ones cannot get past it whatever is asked.
/// </summary>
public sealed partial class PublishedContent(CmsDbContext db, ContentTypeRegistry types, TimeProvider time)
{
    /// <summary>The instant this scope reads at; a page rendered in one request sees one state of the site.</summary>
    public DateTime UtcNow { get; } = time.GetUtcNow().UtcDateTime;

    private IQueryable<ContentVariant> Visible => db.Variants.AsNoTracking().VisibleAt(UtcNow);

    /// <summary>
    /// What lives at <c>/{lang}/{section}/{slug}</c>: the variant with its translations, a permanent move to the
    /// slug it has now, the same slug in the other language when this one has no translation, or nothing.
    /// </summary>
    public async Task<ContentLookup> FindAsync(ContentTypeDescriptor type, SiteLanguage language, string slug, CancellationToken cancellationToken)
    {
        var variant = await Visible.Include(v => v.Item)
            .SingleOrDefaultAsync(v => v.TypeKey == type.Key && v.Language == language.Culture && v.Slug == slug, cancellationToken);
        if (variant is not null)
        {
            var translations = await TranslationsAsync([variant.ItemId], cancellationToken);
            return new ContentLookup(ContentLookupOutcome.Found, variant,
                translations[variant.ItemId].ToDictionary(t => t.Language, t => t.Slug));
        }

        if (await FindMovedSlugAsync(type, language, slug, cancellationToken) is { } moved)
        {
            return ContentLookup.Moved(moved);
        }

        // The language switcher links to the same slug in the other language when a page has no translation.
        var other = await Visible
            .Where(v => v.TypeKey == type.Key && v.Language == language.Other.Culture && v.Slug == slug)
            .Select(v => new { v.ItemId, v.Slug, v.Title, v.Item.SharedFields })
            .FirstOrDefaultAsync(cancellationToken);
        if (other is null)
        {
            return ContentLookup.NotFound;
        }
        var own = await Visible.Where(v => v.ItemId == other.ItemId && v.Language == language.Culture)
            .Select(v => v.Slug).FirstOrDefaultAsync(cancellationToken);
        return own is not null
            ? ContentLookup.Moved(own)
            : ContentLookup.OnlyInOtherLanguage(other.Slug, other.Title, other.ItemId, PortugueseCatalogue(type, language, other.SharedFields));
    }

    /// <summary>The Portuguese title and summary of a Chinese-only item, for a Portuguese reader; null when none was written.</summary>
    public static IPortugueseCatalogueText? PortugueseCatalogue(ContentTypeDescriptor type, SiteLanguage reader, string sharedFields) =>
        reader == SiteLanguage.Portuguese
            && ContentFields.Read(type.ClrType, sharedFields, "{}") is IPortugueseCatalogueText { PortugueseTitle.Length: > 0 } catalogue
            ? catalogue
            : null;

    /// <summary>The current slug of a page that used to live at <paramref name="slug"/>, if it is public.</summary>
    public Task<string?> FindMovedSlugAsync(ContentTypeDescriptor type, SiteLanguage language, string slug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.TypeKey == type.Key && r.Language == language.Culture && r.Slug == slug)
            .Join(Visible, r => r.VariantId, v => v.Id, (r, v) => v.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The public variants of one item (one per language), with the item.</summary>
    public Task<List<ContentVariant>> FindByIdAsync(Guid itemId, CancellationToken cancellationToken) =>
        Visible.Include(v => v.Item).Where(v => v.ItemId == itemId).ToListAsync(cancellationToken);

    /// <summary>A disclosed document by its 索引号 in one language.</summary>
    public Task<ContentVariant?> FindByIndexNumberAsync(string indexNumber, SiteLanguage language, CancellationToken cancellationToken)
    {
        var disclosure = types.Get<Content.Types.DisclosedDocument>();
        return Visible.Include(v => v.Item).SingleOrDefaultAsync(
            v => v.TypeKey == disclosure.Key && v.Item.IndexNumber == indexNumber && v.Language == language.Culture, cancellationToken);
    }

    /// <summary>An item referred to by its key (a replacement, an interpretation), in every language it is public in.</summary>
    public Task<List<ContentTranslation>> FindByKeyAsync(ContentTypeDescriptor type, string key, CancellationToken cancellationToken) =>
        Visible.Where(v => v.Item.Key == key && v.TypeKey == type.Key)
            .Select(v => new ContentTranslation(v.ItemId, v.Id, SiteLanguage.FromCulture(v.Language)!, v.Slug, v.Title))
            .ToListAsync(cancellationToken);

    /// <summary>The languages an item is public in, to tell a reader where a missing version can be found.</summary>
    public Task<List<string>> LanguagesOfAsync(Guid? itemId, string? indexNumber, CancellationToken cancellationToken) =>
        Visible.Where(v => v.ItemId == itemId || (indexNumber != null && v.Item.IndexNumber == indexNumber))
            .Select(v => v.Language).ToListAsync(cancellationToken);

    /// <summary>Every public language version of the given items, for language switchers and hreflang links.</summary>
    public async Task<ILookup<Guid, ContentTranslation>> TranslationsAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken) =>
        (await Visible.Where(v => itemIds.Contains(v.ItemId))
            .Select(v => new { v.ItemId, v.Id, v.Language, v.Slug, v.Title })
            .ToListAsync(cancellationToken))
        .Select(v => new ContentTranslation(v.ItemId, v.Id, SiteLanguage.FromCulture(v.Language)!, v.Slug, v.Title))
        .ToLookup(t => t.ItemId);

    /// <summary>Taxonomy terms by key, to name the catalogue values a page shows.</summary>
    public Task<List<Taxonomy.TaxonomyTerm>> TermsAsync(IReadOnlyCollection<string>? keys, CancellationToken cancellationToken) =>
        (keys is null ? db.Terms.AsNoTracking() : db.Terms.AsNoTracking().Where(t => keys.Contains(t.Key))).ToListAsync(cancellationToken);
}
