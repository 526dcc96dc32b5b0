using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Reading;

public sealed partial class PublishedContent
{
    /// <summary>One page of a section's list in one language, by list date; a page past the end gives the last one.</summary>
    public async Task<PagedList<ContentSummary>> ListAsync(
        ContentTypeDescriptor type, SiteLanguage language, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Visible.Where(v => v.TypeKey == type.Key && v.Language == language.Culture);
        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await Summaries(query, type).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<ContentSummary>(items, page, pageSize, total);
    }

    /// <summary>The first <paramref name="count"/> items of a section's list, as the home page shows them.</summary>
    public Task<List<ContentSummary>> LatestAsync(ContentTypeDescriptor type, SiteLanguage language, int count, CancellationToken cancellationToken) =>
        Summaries(Visible.Where(v => v.TypeKey == type.Key && v.Language == language.Culture), type)
            .Take(count).ToListAsync(cancellationToken);

    /// <summary>
    /// Variants by publication time, newest first (then id, so the order is total), as feeds and the API list them;
    /// after a <see cref="PublicationPosition"/> the page is a keyset one and stays stable while content is published.
    /// </summary>
    public async Task<(List<ContentVariant> Variants, int Total)> NewestAsync(NewestQuery query, CancellationToken cancellationToken)
    {
        var variants = Visible.Include(v => v.Item).AsQueryable();
        if (query.Type is { } type)
        {
            variants = variants.Where(v => v.TypeKey == type.Key);
        }
        if (query.Language is { } language)
        {
            variants = variants.Where(v => v.Language == language.Culture);
        }
        if (query.UpdatedSince is { } since)
        {
            variants = variants.Where(v => v.UpdatedAt >= since || v.Item.UpdatedAt >= since || v.PublishAt >= since);
        }
        var total = query.CountTotal ? await variants.CountAsync(cancellationToken) : 0;
        var ordered = variants.OrderByDescending(v => v.PublishAt).ThenByDescending(v => v.Id);
        var page = query.After is { } after
            ? ordered.Where(v => v.PublishAt < after.PublishAt || (v.PublishAt == after.PublishAt && v.Id.CompareTo(after.VariantId) < 0))
            : ordered.Skip(query.Skip);
        return (await page.Take(query.Take).ToListAsync(cancellationToken), total);
    }

    /// <summary>Every public page with when it last changed, for the sitemap.</summary>
    public async Task<List<PublishedPage>> PagesAsync(CancellationToken cancellationToken) =>
        (await Visible
            .Select(v => new { v.ItemId, v.TypeKey, v.Language, v.Slug, v.UpdatedAt, ItemUpdatedAt = v.Item.UpdatedAt, PublishAt = v.PublishAt!.Value })
            .ToListAsync(cancellationToken))
        .Select(p => new PublishedPage(p.ItemId, types.Get(p.TypeKey), SiteLanguage.FromCulture(p.Language)!, p.Slug,
            new[] { p.UpdatedAt, p.ItemUpdatedAt, p.PublishAt }.Max()))
        .ToList();

    private static IQueryable<ContentSummary> Summaries(IQueryable<ContentVariant> query, ContentTypeDescriptor type) =>
        query.OrderByDescending(v => v.Item.ListDate).ThenByDescending(v => v.PublishAt)
            .Select(v => new ContentSummary(
                v.ItemId, v.Item.Key, type.Section, v.Slug, v.Title, v.Summary, v.Item.ListDate, v.Item.IndexNumber, v.Item.SharedFields));
}
