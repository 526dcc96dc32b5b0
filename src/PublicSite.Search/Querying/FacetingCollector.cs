using Lucene.Net.Index;
using Lucene.Net.Search;
using PublicSite.Search.Indexing;

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
    private readonly Dimension _types = new(SearchFields.Type);
    private readonly Dimension _years = new(SearchFields.Year);
    private readonly Dimension _bodies = new(SearchFields.IssuingBody);
    private readonly Dimension _languages = new(SearchFields.Language);
    private Scorer? _scorer;
    private NumericDocValues? _dates;
    private NumericDocValues? _from;
    private NumericDocValues? _until;
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
        Flush();
        var reader = context.AtomicReader;
        _docBase = context.DocBase;
        _dates = reader.GetNumericDocValues(SearchFields.Date);
        _from = reader.GetNumericDocValues(SearchFields.VisibleFrom);
        _until = reader.GetNumericDocValues(SearchFields.VisibleUntil);
        _types.Open(reader, _request.Type);
        _years.Open(reader, _request.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _bodies.Open(reader, _request.IssuingBody);
        _languages.Open(reader, null);
        _languageOk = _languages.Matching(_request.Languages);
    }

    public void Collect(int doc)
    {
        if (_from?.Get(doc) > _nowTicks || _until?.Get(doc) <= _nowTicks || !InLanguage(doc))
        {
            return;
        }
        var type = _types.Ord(doc);
        var year = _years.Ord(doc);
        var body = _bodies.Ord(doc);
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
        var day = _dates is null ? 0 : (int)_dates.Get(doc);
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

    public IReadOnlyList<FacetCount> TypeCounts => _types.Totals();

    public IReadOnlyList<FacetCount> YearCounts => _years.Totals();

    public IReadOnlyList<FacetCount> BodyCounts => _bodies.Totals();

    private bool InLanguage(int doc)
    {
        if (_request.Languages.Count == 0)
        {
            return true;
        }
        var ord = _languages.Ord(doc);
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
