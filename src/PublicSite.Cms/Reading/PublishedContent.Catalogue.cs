using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Disclosure;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Reading;

public sealed partial class PublishedContent
{
    public const int CataloguePageSize = 20;

    /// <summary>
    /// The disclosure catalogue: documents with at least one published language, newest first, filtered by year,
    /// issuing body, statutory category and subject, with a count for every value of every filter.
    /// </summary>
    public async Task<(PagedList<CatalogueRow> Rows, IReadOnlyList<CatalogueFacet> Facets)> CatalogueAsync(
        CatalogueSelection selection, SiteLanguage language, CancellationToken cancellationToken)
    {
        var visible = VisibilityQueries.IsVisible(UtcNow);
        var published = db.CatalogueEntries.AsNoTracking().Where(e => e.Item.Variants.AsQueryable().Any(visible));
        var terms = await TermsAsync(null, cancellationToken);
        string Name(string taxonomy, string key) =>
            terms.FirstOrDefault(t => t.Taxonomy == taxonomy && t.Key == key)?.NameIn(language.Culture) ?? key;
        // A vocabulary's values come in its own order (taxonomies.yml), as the statutory categories are listed in the
        // regulation, not in code-point order of their names, which means nothing to a reader in either language.
        Func<string, int> Rank(string taxonomy) => key =>
            terms.FirstOrDefault(t => t.Taxonomy == taxonomy && t.Key == key)?.SortOrder ?? int.MaxValue;

        var facets = new List<CatalogueFacet>
        {
            await FacetAsync("year", Apply(published, selection with { Year = null }), e => e.Year, y => y.ToString(CultureInfo.InvariantCulture), y => y, selection.Year?.ToString(CultureInfo.InvariantCulture), null, cancellationToken),
            await FacetAsync("body", Apply(published, selection with { Body = null }), e => e.IssuingBody, v => v, v => Name(Taxonomies.Organisations, v), selection.Body, Rank(Taxonomies.Organisations), cancellationToken),
            await FacetAsync("category", Apply(published, selection with { Category = null }), e => e.Category, v => v, v => Name(Taxonomies.DisclosureCategories, v), selection.Category, Rank(Taxonomies.DisclosureCategories), cancellationToken),
            await FacetAsync("subject", Apply(published, selection with { Subject = null }), e => e.Subject, v => v ?? "", v => Name(Taxonomies.Subjects, v), selection.Subject, Rank(Taxonomies.Subjects), cancellationToken),
        };

        var matching = Apply(published, selection);
        var total = await matching.CountAsync(cancellationToken);
        var page = Math.Clamp(selection.Page, 1, Math.Max(1, (total + CataloguePageSize - 1) / CataloguePageSize));
        var culture = language.Culture;
        var chinese = SiteLanguage.Chinese.Culture;
        var rows = await matching
            .OrderByDescending(e => e.PublicationDate).ThenByDescending(e => e.IndexNumber)
            .Skip((page - 1) * CataloguePageSize).Take(CataloguePageSize)
            .Select(e => new
            {
                e.IndexNumber, e.DocumentNumber, e.PublicationDate, e.Item.SharedFields,
                Variant = e.Item.Variants.AsQueryable().Where(visible)
                    .OrderBy(v => v.Language == culture ? 0 : v.Language == chinese ? 1 : 2)
                    .Select(v => new { v.Title, v.Slug, v.Language })
                    .First(),
            })
            .ToListAsync(cancellationToken);
        var list = rows.Select(r => new CatalogueRow(
            r.IndexNumber, r.DocumentNumber, r.PublicationDate, r.Variant.Title, r.Variant.Slug, r.Variant.Language, r.Variant.Language == culture,
            r.Variant.Language == culture ? null : PortugueseCatalogue(types.Get("disclosure"), language, r.SharedFields)?.PortugueseTitle)).ToList();
        return (new PagedList<CatalogueRow>(list, page, CataloguePageSize, total), facets);
    }

    private static IQueryable<CatalogueEntry> Apply(IQueryable<CatalogueEntry> query, CatalogueSelection selection)
    {
        if (selection.Year is { } year)
        {
            query = query.Where(e => e.Year == year);
        }
        if (!string.IsNullOrEmpty(selection.Body))
        {
            query = query.Where(e => e.IssuingBody == selection.Body);
        }
        if (!string.IsNullOrEmpty(selection.Category))
        {
            query = query.Where(e => e.Category == selection.Category);
        }
        if (!string.IsNullOrEmpty(selection.Subject))
        {
            query = query.Where(e => e.Subject == selection.Subject);
        }
        return query;
    }

    private static async Task<CatalogueFacet> FacetAsync<TKey>(
        string name, IQueryable<CatalogueEntry> query, Expression<Func<CatalogueEntry, TKey>> key, Func<TKey, string> value,
        Func<string, string> label, string? selected, Func<string, int>? rank, CancellationToken cancellationToken)
    {
        var counts = await query.GroupBy(key).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var values = counts.Select(c => (Value: value(c.Key), c.Count)).Where(c => c.Value.Length > 0)
            .Select(c => new FacetValue(c.Value, label(c.Value), c.Count));
        // Without a vocabulary's order (years), the newest comes first.
        values = rank is null ? values.OrderByDescending(v => v.Value, StringComparer.Ordinal) : values.OrderBy(v => rank(v.Value)).ThenBy(v => v.Value, StringComparer.Ordinal);
        return new CatalogueFacet(name, values.ToList(), selected);
    }
}
