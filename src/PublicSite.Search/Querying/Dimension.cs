namespace PublicSite.Search.Querying;

/// <summary>
/// One filterable field while collecting: counts by segment code (cheap per document), turned into values when
/// the segment ends; a filter value is looked up once per segment. Code 0 is "no value": counted, never shown.
/// </summary>
internal sealed class Dimension
{
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private SegmentColumns.Column? _column;
    private int[] _counts = [];
    private bool _filtered;
    private int _wanted = -1;

    public void Open(SegmentColumns.Column column, string? filter)
    {
        Flush();
        _column = column;
        _counts = new int[column.Values.Length + 1];
        _filtered = filter is not null;
        _wanted = filter is null ? -1 : Array.IndexOf(column.Values, filter) is var ord and >= 0 ? ord + 1 : -1;
    }

    /// <summary>Whether a document with this code passes the filter (with a filter set, no value passes nothing).</summary>
    public bool Accepts(ushort code) => !_filtered || code == _wanted;

    public void Count(ushort code) => _counts[code]++;

    /// <summary>For each code of the open segment, whether its value is one of <paramref name="values"/>.</summary>
    public bool[] Matching(IReadOnlyCollection<string> values) =>
        [false, .. _column!.Values.Select(v => values.Contains(v, StringComparer.Ordinal))];

    public void Flush()
    {
        if (_column is null)
        {
            return;
        }
        for (var code = 1; code < _counts.Length; code++)
        {
            if (_counts[code] > 0)
            {
                var value = _column.Values[code - 1];
                _totals[value] = _totals.GetValueOrDefault(value) + _counts[code];
                _counts[code] = 0;
            }
        }
    }

    public IReadOnlyList<FacetCount> Totals() =>
        _totals.Select(kv => new FacetCount(kv.Key, kv.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
}
