using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// The API's reads. Every query starts from <see cref="VisibilityQueries.VisibleAt"/>, so drafts, items in review,
/// scheduled, withdrawn, expired and deleted ones cannot reach a consumer whatever the parameters.
/// </summary>
public sealed class ApiContentReader(CmsDbContext db, ContentTypeRegistry types, ApiItemProjection projection, TimeProvider time)
{
    private readonly DateTime _now = time.GetUtcNow().UtcDateTime;

    private IQueryable<ContentVariant> Visible => db.Variants.AsNoTracking().VisibleAt(_now).Include(v => v.Item);

    public async Task<ApiContentPage> ListAsync(ContentListFilter filter, ApiLinks links, CancellationToken cancellationToken)
    {
        var query = Visible;
        if (filter.Type is { } type)
        {
            query = query.Where(v => v.TypeKey == type.Key);
        }
        if (filter.Language is { } language)
        {
            query = query.Where(v => v.Language == language.Culture);
        }
        if (filter.UpdatedSince is { } since)
        {
            query = query.Where(v => v.UpdatedAt >= since || v.Item.UpdatedAt >= since || v.PublishAt >= since);
        }
        var total = await query.CountAsync(cancellationToken);

        var ordered = query.OrderByDescending(v => v.PublishAt).ThenByDescending(v => v.Id);
        List<ContentVariant> variants;
        if (filter.Cursor is { } cursor)
        {
            // Keyset: strictly after the cursor in (PublishAt desc, Id desc) order.
            variants = await ordered
                .Where(v => v.PublishAt < cursor.PublishAt || (v.PublishAt == cursor.PublishAt && v.Id.CompareTo(cursor.VariantId) < 0))
                .Take(filter.PageSize + 1)
                .ToListAsync(cancellationToken);
        }
        else
        {
            variants = await ordered.Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize + 1).ToListAsync(cancellationToken);
        }

        var hasMore = variants.Count > filter.PageSize;
        variants = variants.Take(filter.PageSize).ToList();
        var next = hasMore ? new ListCursor(variants[^1].PublishAt!.Value, variants[^1].Id).Encode() : null;
        var items = await ProjectAsync(variants, links, cancellationToken);
        return new ApiContentPage(items, filter.Cursor is null ? filter.Page : null, filter.PageSize, total, next,
            next is null ? null : links.Api(NextQuery(filter, next)));
    }

    public async Task<ApiContentItem?> FindByIdAsync(Guid itemId, SiteLanguage? language, ApiLinks links, CancellationToken cancellationToken)
    {
        var versions = await Visible.Where(v => v.ItemId == itemId).ToListAsync(cancellationToken);
        // Without a language, the primary one (Chinese) when it is public, else whichever is.
        var variant = language is null
            ? versions.OrderBy(v => v.Language == SiteLanguage.Chinese.Culture ? 0 : 1).FirstOrDefault()
            : versions.FirstOrDefault(v => v.Language == language.Culture);
        return variant is null ? null : (await ProjectAsync([variant], links, cancellationToken))[0];
    }

    public async Task<ApiContentItem?> FindBySlugAsync(
        ContentTypeDescriptor type, SiteLanguage language, string slug, ApiLinks links, CancellationToken cancellationToken)
    {
        var variant = await Visible.SingleOrDefaultAsync(
            v => v.TypeKey == type.Key && v.Language == language.Culture && v.Slug == slug, cancellationToken);
        return variant is null ? null : (await ProjectAsync([variant], links, cancellationToken))[0];
    }

    /// <summary>The current slug of a page that used to live at <paramref name="slug"/>, if it is public.</summary>
    public Task<string?> FindMovedSlugAsync(ContentTypeDescriptor type, SiteLanguage language, string slug, CancellationToken cancellationToken) =>
        db.SlugRedirects.AsNoTracking()
            .Where(r => r.TypeKey == type.Key && r.Language == language.Culture && r.Slug == slug)
            .Join(Visible, r => r.VariantId, v => v.Id, (r, v) => v.Slug)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ApiContentItem?> FindByIndexNumberAsync(
        string indexNumber, SiteLanguage language, ApiLinks links, CancellationToken cancellationToken)
    {
        var disclosure = types.Get<Cms.Content.Types.DisclosedDocument>();
        var variant = await Visible.SingleOrDefaultAsync(
            v => v.TypeKey == disclosure.Key && v.Item.IndexNumber == indexNumber && v.Language == language.Culture, cancellationToken);
        return variant is null ? null : (await ProjectAsync([variant], links, cancellationToken))[0];
    }

    /// <summary>The languages an item is public in, to tell a consumer where a missing version can be found.</summary>
    public Task<List<string>> LanguagesOfAsync(Guid? itemId, string? indexNumber, CancellationToken cancellationToken) =>
        Visible.Where(v => v.ItemId == itemId || (indexNumber != null && v.Item.IndexNumber == indexNumber))
            .Select(v => v.Language).ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<ApiContentItem>> ProjectAsync(List<ContentVariant> variants, ApiLinks links, CancellationToken cancellationToken)
    {
        var itemIds = variants.Select(v => v.ItemId).Distinct().ToList();
        var translations = (await db.Variants.AsNoTracking().VisibleAt(_now)
                .Where(v => itemIds.Contains(v.ItemId))
                .Select(v => new { v.ItemId, v.Id, v.Language, v.Slug })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ItemId);
        var items = new List<ApiContentItem>(variants.Count);
        foreach (var variant in variants)
        {
            var others = translations[variant.ItemId].Where(t => t.Id != variant.Id)
                .Select(t => (SiteLanguage.FromCulture(t.Language)!, t.Slug)).ToList();
            items.Add(await projection.ToItemAsync(variant, others, links, cancellationToken));
        }
        return items;
    }

    private static string NextQuery(ContentListFilter filter, string cursor)
    {
        var query = new List<string>();
        if (filter.Type is { } type)
        {
            query.Add("type=" + type.Key);
        }
        if (filter.Language is { } language)
        {
            query.Add("lang=" + language.Code);
        }
        query.Add("pageSize=" + filter.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (filter.UpdatedSince is { } since)
        {
            query.Add("updatedSince=" + Uri.EscapeDataString(since.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }
        query.Add("cursor=" + cursor);
        return "/content?" + string.Join('&', query);
    }
}
