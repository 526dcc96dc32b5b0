using PublicSite.Cms.Content;
using PublicSite.Search.Querying;

namespace PublicSite.Web.Features.Search;

/// <summary>The JSON of <c>/api/v1/search</c>: one page of results, with labels in the requested language.</summary>
public sealed record SearchResponse(
    string Query,
    string Language,
    string Scope,
    int Total,
    int Page,
    int PageCount,
    int PageSize,
    IReadOnlyList<SearchResponse.Result> Results,
    SearchResponse.FacetGroups Facets,
    SearchResponse.Correction? Suggestion)
{
    public static SearchResponse From(SearchResults results, SearchParameters parameters, SiteLanguage language, SearchLabels labels) => new(
        results.Query,
        language.Code,
        parameters.Both ? "both" : language.Code,
        results.Total,
        results.Page,
        results.PageCount,
        results.PageSize,
        results.Hits.Select(hit => new Result(
            hit.Title, hit.TitleHtml, hit.SnippetHtml, labels.Url(hit), SiteLanguage.FromCulture(hit.Language)?.Code ?? hit.Language,
            hit.TypeKey, labels.Type(hit.TypeKey), hit.Date, hit.IndexNumber, hit.DocumentNumber, hit.IssuingBody, hit.IsExactMatch)).ToList(),
        new FacetGroups(
            results.Types.Select(f => new Facet(f.Value, labels.Type(f.Value), f.Count)).ToList(),
            results.Years.Select(f => new Facet(f.Value, f.Value, f.Count)).ToList(),
            results.IssuingBodies.Select(f => new Facet(f.Value, labels.Body(f.Value), f.Count)).ToList()),
        results.Suggestion is { } suggestion
            ? new Correction(suggestion, labels.DidYouMean, $"/{language.Code}/search{(parameters with { Q = suggestion, Page = 1 }).ToQueryString()}")
            : null);

    /// <summary>A result; <c>titleHtml</c> and <c>snippetHtml</c> are escaped text with <c>&lt;mark&gt;</c> around matches.</summary>
    public sealed record Result(
        string Title, string TitleHtml, string SnippetHtml, string Url, string Language, string Type, string TypeLabel,
        DateOnly? Date, string? IndexNumber, string? DocumentNumber, string? IssuingBody, bool ExactMatch);

    /// <summary>
    /// "您是不是要找 / Queria dizer": the query with misspelt words corrected from the index's own words, its label and
    /// the results page for it (the same link the page offers; never followed for the caller).
    /// </summary>
    public sealed record Correction(string Query, string Label, string Url);

    public sealed record Facet(string Value, string Label, int Count);

    public sealed record FacetGroups(IReadOnlyList<Facet> Type, IReadOnlyList<Facet> Year, IReadOnlyList<Facet> IssuingBody);
}
