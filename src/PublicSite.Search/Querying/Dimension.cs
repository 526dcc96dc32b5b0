namespace PublicSite.Search.Querying;

/// <summary>
/// One filterable field while collecting: counts by segment ordinal (cheap per document), turned into values when
/// the segment ends; a filter value is looked up once per segment.
/// </summary>
internal sealed class Dimension
{
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private SegmentColumns.Column? _column;
    private int[] _counts = [];
    private bool _filtered;
    private int _wanted = -1;

    public int[] Ords => _column!.Ords;

    public void Open(SegmentColumns.Column column, string? filter)
    {
        Flush();
        _column = column;
        _counts = new int[column.Values.Length];
        _filtered = filter is not null;
        _wanted = filter is null ? -1 : Array.IndexOf(column.Values, filter);
    }

    /// <summary>Whether a document with this ordinal passes the filter (with a filter set, no value passes nothing).</summary>
    public bool Accepts(int ord) => !_filtered || (ord >= 0 && ord == _wanted);

    public void Count(int ord)
    {
        if (ord >= 0)
        {
            _counts[ord]++;
        }
    }

    /// <summary>For each ordinal of the open segment, whether its value is one of <paramref name="values"/>.</summary>
    public bool[] Matching(IReadOnlyCollection<string> values) =>
        _column!.Values.Select(v => values.Contains(v, StringComparer.Ordinal)).ToArray();

    public void Flush()
    {
        if (_column is null)
        {
            return;
        }
        for (var ord = 0; ord < _counts.Length; ord++)
        {
            if (_counts[ord] > 0)
            {
                var value = _column.Values[ord];
                _totals[value] = _totals.GetValueOrDefault(value) + _counts[ord];
                _counts[ord] = 0;
            }
        }
    }

    public IReadOnlyList<FacetCount> Totals() =>
        _totals.Select(kv => new FacetCount(kv.Key, kv.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
}
