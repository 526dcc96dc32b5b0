using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// One pass over the matching documents that does what Lucene.Net.Facet would (not served here) and more:
/// counts each filter's values as if that filter were not set (so a reader sees the other types or years to switch
/// to), drops variants outside their publication period, gives a gentle recency lift, pins exact-number matches
/// first, and keeps the best <c>limit</c> hits of the page's order.
/// </summary>
/// <remarks>
/// <see cref="Collect"/> runs for every match — tens of thousands for a common word — so it reads one packed entry
/// per document (<see cref="SegmentColumns.DocFacts"/>), checks publication periods only in a segment that needs it,
/// and drops a match that cannot enter the full heap after one comparison.
/// </remarks>
internal sealed class FacetingCollector : ICollector
{
    private readonly SearchRequest _request;
    private readonly ISet<int> _pinned;
    private readonly bool _anyPinned;
    private readonly bool _filtered;
    private readonly bool _byDate;
    private readonly int _limit;
    private readonly long _nowTicks;
    private readonly int _today;
    private readonly PriorityQueue<Candidate, Candidate> _best;
    private readonly Dimension _types = new();
    private readonly Dimension _years = new();
    private readonly Dimension _bodies = new();
    private readonly Dimension _languages = new();
    private Scorer? _scorer;
    private int _docBase;
    private bool _allVisible;
    private long[] _from = [];
    private long[] _until = [];
    private int[] _day = [];
    private SegmentColumns.DocFacts[] _facts = [];
    private bool[]? _languageOk;

    public FacetingCollector(SearchRequest request, ISet<int> pinned, int limit, DateTime utcNow)
    {
        _request = request;
        _pinned = pinned;
        _anyPinned = pinned.Count > 0;
        _filtered = request.Type is not null || request.Year is not null || request.IssuingBody is not null;
        _byDate = request.Sort == SearchSort.Date;
        _limit = Math.Max(1, limit);
        _nowTicks = utcNow.Ticks;
        _today = DateOnly.FromDateTime(utcNow).DayNumber;
        _best = new PriorityQueue<Candidate, Candidate>(Comparer<Candidate>.Create((a, b) => Compare(b, a, request.Sort)));
    }

    public int Total { get; private set; }

    /// <summary>
    /// In order: Lucene then scores a disjunction document by document (BooleanScorer2) instead of through
    /// BooleanScorer's table of 2,048 buckets, built anew for every search — a third of a query's allocations.
    /// </summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        var columns = SegmentColumns.For(context.AtomicReader);
        _types.Open(columns.Type, _request.Type);
        _years.Open(columns.Year, _request.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _bodies.Open(columns.Body, _request.IssuingBody);
        _languages.Open(columns.Language, null);
        _languageOk = _request.Languages.Count == 0 ? null : _languages.Matching(_request.Languages);
        _allVisible = columns.AllVisibleAt(_nowTicks);
        (_from, _until, _day, _facts) = (columns.From, columns.Until, columns.Day, columns.FactsOn(_today));
    }

    public void Collect(int doc)
    {
        if (!_allVisible && (_from[doc] > _nowTicks || _until[doc] <= _nowTicks))
        {
            return;
        }
        var facts = _facts[doc];
        if (_languageOk is not null && !_languageOk[facts.Language])
        {
            return;
        }
        if (!_filtered)
        {
            _types.Count(facts.Type);
            _years.Count(facts.Year);
            _bodies.Count(facts.Body);
        }
        else if (!CountFiltered(facts.Type, facts.Year, facts.Body))
        {
            return;
        }
        Total++;
        var score = _scorer!.GetScore() * facts.Recency;
        // A match below the worst kept hit is dropped at once; by relevance (the common case) without reading its date.
        var full = _best.Count == _limit && !_anyPinned;
        if (full && !_byDate && score < _best.Peek().Score)
        {
            return;
        }
        var day = _day[doc];
        if (full && _byDate && _best.Peek() is var worst && (day < worst.Day || (day == worst.Day && score < worst.Score)))
        {
            return;
        }
        // Pinned documents are rare (an exact number was typed): the set is only asked when there are some.
        var candidate = new Candidate(_docBase + doc, score, day, _anyPinned && _pinned.Contains(_docBase + doc));
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

    /// <summary>Counts each filter's values as if that filter were not set; true when the match passes every filter.</summary>
    private bool CountFiltered(ushort type, ushort year, ushort body)
    {
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
        return typeOk && yearOk && bodyOk;
    }

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
