using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// One pass over the matching documents that does what Lucene.Net.Facet would (not served here) and more:
/// counts each filter's values as if that filter were not set (so a reader sees the other types or years to switch
/// to), drops variants outside their publication period, gives a gentle recency lift, pins exact-number matches
/// first, and keeps the best <c>limit</c> hits of the page's order.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly SearchRequest _request;
    private readonly ISet<int> _pinned;
    private readonly int _limit;
    private readonly long _nowTicks;
    private readonly int _today;
    private readonly PriorityQueue<Candidate, Candidate> _best;
    private readonly Dimension _types = new();
    private readonly Dimension _years = new();
    private readonly Dimension _bodies = new();
    private readonly Dimension _languages = new();
    private Scorer? _scorer;
    private SegmentColumns? _columns;
    private int _docBase;
    private bool[] _languageOk = [];

    public FacetingCollector(SearchRequest request, ISet<int> pinned, int limit, DateTime utcNow)
    {
        _request = request;
        _pinned = pinned;
        _limit = Math.Max(1, limit);
        _nowTicks = utcNow.Ticks;
        _today = DateOnly.FromDateTime(utcNow).DayNumber;
        _best = new PriorityQueue<Candidate, Candidate>(Comparer<Candidate>.Create((a, b) => Compare(b, a, request.Sort)));
    }

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        var columns = _columns = SegmentColumns.For(context.AtomicReader);
        _types.Open(columns.Type, _request.Type);
        _years.Open(columns.Year, _request.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _bodies.Open(columns.Body, _request.IssuingBody);
        _languages.Open(columns.Language, null);
        _languageOk = _languages.Matching(_request.Languages);
    }

    public void Collect(int doc)
    {
        var columns = _columns!;
        if (columns.From[doc] > _nowTicks || columns.Until[doc] <= _nowTicks || !InLanguage(doc))
        {
            return;
        }
        var type = _types.Ords[doc];
        var year = _years.Ords[doc];
        var body = _bodies.Ords[doc];
        bool typeOk = _types.Accepts(type), yearOk = _years.Accepts(year), bodyOk = _bodies.Accepts(body);
        if (yearOk && bodyOk)
        {
            _types.Count(type);
        }
        if (typeOk && bodyOk)
        {
            _years.Count(year);
        }
        if (typeOk && yearOk)
        {
            _bodies.Count(body);
        }
        if (!(typeOk && yearOk && bodyOk))
        {
            return;
        }
        Total++;
        var day = columns.Day[doc];
        var candidate = new Candidate(_docBase + doc, Score(_scorer!.GetScore(), day), day, _pinned.Contains(_docBase + doc));
        if (_best.Count < _limit)
        {
            _best.Enqueue(candidate, candidate);
        }
        else if (Compare(candidate, _best.Peek(), _request.Sort) < 0)
        {
            _best.EnqueueDequeue(candidate, candidate);
        }
    }

    /// <summary>The kept hits, best first.</summary>
    public IReadOnlyList<Candidate> Hits()
    {
        Flush();
        return _best.UnorderedItems.Select(x => x.Element).Order(Comparer<Candidate>.Create((a, b) => Compare(a, b, _request.Sort))).ToList();
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/> in the page's order.</summary>
    public int Order(Candidate a, Candidate b) => Compare(a, b, _request.Sort);

    public IReadOnlyList<FacetCount> TypeCounts => _types.Totals();

    public IReadOnlyList<FacetCount> YearCounts => _years.Totals();

    public IReadOnlyList<FacetCount> BodyCounts => _bodies.Totals();

    private bool InLanguage(int doc)
    {
        if (_request.Languages.Count == 0)
        {
            return true;
        }
        var ord = _languages.Ords[doc];
        return ord >= 0 && _languageOk[ord];
    }

    /// <summary>Up to 15% more for today's documents, fading over a few years: relevance still leads.</summary>
    private float Score(float score, int day) =>
        day == 0 ? score : score * (1f + (0.15f / (1f + (Math.Max(0, _today - day) / 365f))));

    private void Flush()
    {
        _types.Flush();
        _years.Flush();
        _bodies.Flush();
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private static int Compare(Candidate a, Candidate b, SearchSort sort)
    {
        var order = b.Pinned.CompareTo(a.Pinned);
        if (order == 0 && sort == SearchSort.Date)
        {
            order = b.Day.CompareTo(a.Day);
        }
        if (order == 0)
        {
            order = b.Score.CompareTo(a.Score);
        }
        if (order == 0 && sort == SearchSort.Relevance)
        {
            order = b.Day.CompareTo(a.Day);
        }
        return order != 0 ? order : a.Doc.CompareTo(b.Doc);
    }

    internal readonly record struct Candidate(int Doc, float Score, int Day, bool Pinned);
}
