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

    /// <summary>A strict search with fewer results than this is run again with misspelt words corrected (and, when it found none, with words missing).</summary>
    internal const int Enough = 10;

    private readonly SearchQueryBuilder _builder = new(index.Analysis, LanguageBridge.Load(index.Analysis));

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
            // In document order, for the reason FacetingCollector gives.
            var exact = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
            searcher.Search(parsed.Exact, exact);
            foreach (var hit in exact.GetTopDocs().ScoreDocs)
            {
                pinned.Add(hit.Doc);
            }
        }
        // Strict first: every word of the query. Most searches end here, at the cost they always had; so does one
        // that found the index or document number typed, whose page is that document.
        var results = Collect(searcher, request, parsed, parsed.FullText, [], pinned);
        if (results.Collector.Total >= Enough || !parsed.Relaxable || parsed.FullText is null || pinned.Count > 0)
        {
            return Page(searcher, request, text, parsed, results, null);
        }
        // Too few. Misspelt words are widened to their neighbours in the index; texts holding most of the words
        // (or a compound's words apart) follow those holding them all.
        var corrections = TypoCorrection.Find(searcher.IndexReader, parsed);
        var someHoldAll = results.Collector.Total > 0;
        if (corrections.Count == 0 && !parsed.Widenable)
        {
            return Page(searcher, request, text, parsed, results, null);
        }
        var needles = parsed with { PortugueseNeedles = parsed.PortugueseNeedles.Concat(corrections.Values.SelectMany(c => c)).Distinct(StringComparer.Ordinal).ToList() };
        var suggested = corrections.Count > 0 ? corrections : null;
        var strict = corrections.Count > 0 ? SearchQueryBuilder.Strict(parsed.Units, parsed.Bridges, corrections) : parsed.FullText;
        if (someHoldAll && corrections.Count > 0)
        {
            var corrected = Collect(searcher, request, needles, strict, [], pinned);
            if (corrected.Collector.Total >= Enough || !parsed.Widenable)
            {
                return Page(searcher, request, text, needles, corrected, suggested);
            }
        }
        // Texts holding every word as typed stay first: the strict query is a clause of its own, and the second
        // phase puts what it matches before any text that holds fewer words.
        var first = someHoldAll ? strict : null;
        Query? Fill(Query? relaxed) => first is not null && relaxed is not null
            ? new BooleanQuery(disableCoord: true) { { first, Occur.SHOULD }, { relaxed, Occur.SHOULD } }
            : relaxed;
        var concepts = SearchQueryBuilder.Concepts(parsed, corrections);
        var most = SearchQueryBuilder.Most(concepts.Count);
        if (concepts.Count - 1 > most)
        {
            // All but one word first. When that fills a page, its first page is the one "most of them" would give
            // (candidates are ordered by how many words they hold) without scoring every document that holds only
            // half of them, often most of the corpus for a long question; the list then stops at those documents,
            // the same for every page.
            var nearly = Collect(searcher, request, needles, Fill(SearchQueryBuilder.Relaxed(parsed, corrections, concepts.Count - 1)), concepts, pinned, first);
            if (nearly.Collector.Total >= Enough)
            {
                return Page(searcher, request, text, needles, nearly, suggested);
            }
        }
        var widened = Collect(searcher, request, needles, Fill(SearchQueryBuilder.Relaxed(parsed, corrections, most)), concepts, pinned, first);
        return Page(searcher, request, text, needles, widened, suggested);
    }

    private (FacetingCollector Collector, IReadOnlyList<FacetingCollector.Candidate> Best) Collect(
        IndexSearcher searcher, SearchRequest request, ParsedQuery parsed, Query? fullText, IReadOnlyList<Query> concepts, HashSet<int> pinned, Query? first = null)
    {
        var query = new BooleanQuery(disableCoord: true);
        if (fullText is not null)
        {
            query.Add(fullText, Occur.SHOULD);
        }
        if (parsed.Exact is not null)
        {
            query.Add(parsed.Exact, Occur.SHOULD);
        }
        var wanted = request.Page * request.PageSize;
        // Every page is cut from the same rescored list, so a deep page never repeats or skips a result.
        var rescore = request.Sort == SearchSort.Relevance && (parsed.Lifts.Count > 0 || concepts.Count > 1 || first is not null);
        var collector = new FacetingCollector(request, pinned, rescore ? Math.Max(CandidateRescorer.Window, wanted) : wanted, time.GetUtcNow().UtcDateTime);
        searcher.Search(query, collector);
        var best = rescore
            ? CandidateRescorer.Rescore(searcher, collector.Hits(), parsed.Lifts, concepts.Count > 1 || first is not null ? concepts : [], first, collector.Order)
            : collector.Hits();
        return (collector, best);
    }

    private SearchResults Page(
        IndexSearcher searcher, SearchRequest request, string text, ParsedQuery parsed,
        (FacetingCollector Collector, IReadOnlyList<FacetingCollector.Candidate> Best) found, IReadOnlyDictionary<string, IReadOnlyList<string>>? corrections)
    {
        var (collector, best) = found;
        var wanted = request.Page * request.PageSize;
        var hits = best.Take(wanted).Skip((request.Page - 1) * request.PageSize)
            .Select(candidate => ToHit(searcher, candidate, parsed))
            .ToList();
        var page = Math.Min(request.Page, Math.Max(1, (collector.Total + request.PageSize - 1) / request.PageSize));
        return new SearchResults(text, collector.Total, page, request.PageSize, hits,
            collector.TypeCounts, collector.YearCounts.OrderByDescending(y => y.Value, StringComparer.Ordinal).ToList(),
            collector.BodyCounts, IndexReady: true)
        {
            Suggestion = corrections is null ? null : Suggestions.Build(index.Analysis, text, parsed, corrections, best.Take(5).Select(c => searcher.Doc(c.Doc))),
        };
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
