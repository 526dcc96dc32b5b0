using System.Globalization;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// Answers a <see cref="SearchRequest"/> from the index: builds the query in code, pins exact index or document
/// number matches first, counts filters and writes snippets. Any input gives results or an empty page, never an
/// exception from query syntax.
/// </summary>
public sealed class SiteSearch(LuceneSearchIndex index, TimeProvider time, ILogger<SiteSearch> logger)
{
    public const int MaxPage = 100;

    private const int ChineseExcerpt = 110;
    private const int PortugueseExcerpt = 220;

    private readonly SearchQueryBuilder _builder = new(index.Analysis);

    public SearchResults Search(SearchRequest request)
    {
        var text = QueryText.Clean(request.Query);
        var pageSize = Math.Clamp(request.PageSize, 1, 50);
        var page = Math.Clamp(request.Page, 1, MaxPage);
        var empty = SearchResults.Empty(text, pageSize, index.IsOpen);
        if (text.Length == 0)
        {
            return empty;
        }
        var chinese = request.Languages.Count == 0 || request.Languages.Any(Indexing.IndexedDocument.IsChinese);
        var portuguese = request.Languages.Count == 0 || request.Languages.Any(l => !Indexing.IndexedDocument.IsChinese(l));
        var parsed = _builder.Parse(text, chinese, portuguese);
        if (parsed.FullText is null && parsed.Exact is null)
        {
            return empty;
        }
        var normalized = request with { Page = page, PageSize = pageSize };
        try
        {
            return index.Read(searcher => Run(searcher, normalized, text, parsed), empty);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader sees "no results" rather than an error page; the log says what went wrong.
            logger.LogError(e, "Search for a {Length}-character query failed.", text.Length);
            return empty;
        }
    }

    private SearchResults Run(IndexSearcher searcher, SearchRequest request, string text, ParsedQuery parsed)
    {
        var pinned = new HashSet<int>();
        if (parsed.Exact is not null)
        {
            foreach (var hit in searcher.Search(parsed.Exact, 10).ScoreDocs)
            {
                pinned.Add(hit.Doc);
            }
        }
        var query = new BooleanQuery();
        if (parsed.FullText is not null)
        {
            query.Add(parsed.FullText, Occur.SHOULD);
        }
        if (parsed.Exact is not null)
        {
            query.Add(parsed.Exact, Occur.SHOULD);
        }
        var wanted = request.Page * request.PageSize;
        // Every page is cut from the same rescored list, so a deep page never repeats or skips a result.
        var rescore = request.Sort == SearchSort.Relevance && parsed.Lifts.Count > 0;
        var collector = new FacetingCollector(request, pinned, rescore ? Math.Max(CandidateRescorer.Window, wanted) : wanted, time.GetUtcNow().UtcDateTime);
        searcher.Search(query, collector);
        var best = rescore ? CandidateRescorer.Rescore(searcher, collector.Hits(), parsed.Lifts, collector.Order) : collector.Hits();
        var hits = best.Take(wanted).Skip((request.Page - 1) * request.PageSize)
            .Select(candidate => ToHit(searcher, candidate, parsed))
            .ToList();
        var page = Math.Min(request.Page, Math.Max(1, (collector.Total + request.PageSize - 1) / request.PageSize));
        return new SearchResults(text, collector.Total, page, request.PageSize, hits,
            collector.TypeCounts, collector.YearCounts.OrderByDescending(y => y.Value, StringComparer.Ordinal).ToList(),
            collector.BodyCounts, IndexReady: true);
    }

    private static SearchHit ToHit(IndexSearcher searcher, FacetingCollector.Candidate candidate, ParsedQuery parsed)
    {
        var document = searcher.Doc(candidate.Doc);
        var language = document.Get(SearchFields.Language, CultureInfo.InvariantCulture) ?? "";
        var needles = IndexedDocument.IsChinese(language) ? parsed.ChineseNeedles : parsed.PortugueseNeedles;
        var title = document.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "";
        var stored = document.Get(SearchFields.Text, CultureInfo.InvariantCulture) ?? "";
        var textRanges = Snippets.Find(stored, needles);
        var excerpt = Snippets.Excerpt(stored, textRanges, IndexedDocument.IsChinese(language) ? ChineseExcerpt : PortugueseExcerpt);
        var day = document.GetField(SearchFields.Date)?.GetInt32Value();
        return new SearchHit(
            Guid.ParseExact(document.Get(SearchFields.Id, CultureInfo.InvariantCulture), "N"),
            Guid.ParseExact(document.Get(SearchFields.Item, CultureInfo.InvariantCulture), "N"),
            language,
            document.Get(SearchFields.Type, CultureInfo.InvariantCulture) ?? "",
            document.Get(SearchFields.Slug, CultureInfo.InvariantCulture) ?? "",
            title,
            Snippets.Mark(title, Snippets.Find(title, needles)),
            excerpt,
            day is { } d ? DateOnly.FromDayNumber(d) : null,
            document.Get(SearchFields.IndexNumber, CultureInfo.InvariantCulture),
            document.Get(SearchFields.DocumentNumber, CultureInfo.InvariantCulture),
            document.Get(SearchFields.IssuingBody, CultureInfo.InvariantCulture),
            candidate.Pinned);
    }

    /// <summary>Year values as numbers for callers that filter by year.</summary>
    public static int? ParseYear(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999 ? year : null;
}
