using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PublicSite.Search.Querying;

/// <summary>
/// One filterable field read from sorted doc values: counts by segment ordinal (cheap per document), turned into
/// values when the segment ends; a filter value is looked up once per segment.
/// </summary>
internal sealed class Dimension(string field)
{
    private readonly Dictionary<string, int> _totals = new(StringComparer.Ordinal);
    private readonly BytesRef _scratch = new();
    private SortedDocValues? _values;
    private int[] _counts = [];
    private bool _filtered;
    private int _wanted = -1;

    public void Open(AtomicReader reader, string? filter)
    {
        _values = reader.GetSortedDocValues(field);
        _counts = new int[_values?.ValueCount ?? 0];
        _filtered = filter is not null;
        _wanted = filter is null || _values is null ? -1 : _values.LookupTerm(new BytesRef(filter));
    }

    public int Ord(int doc) => _values?.GetOrd(doc) ?? -1;

    /// <summary>Whether a document with this ordinal passes the filter (a missing or absent filter value passes nothing).</summary>
    public bool Accepts(int ord) => !_filtered || (ord >= 0 && ord == _wanted);

    public void Count(int ord)
    {
        if (ord >= 0)
        {
            _counts[ord]++;
        }
    }

    /// <summary>For each ordinal of the open segment, whether its value is one of <paramref name="values"/>.</summary>
    public bool[] Matching(IReadOnlyCollection<string> values)
    {
        var matching = new bool[_counts.Length];
        for (var ord = 0; ord < matching.Length; ord++)
        {
            matching[ord] = values.Contains(Value(ord, _scratch), StringComparer.Ordinal);
        }
        return matching;
    }

    public string Value(int ord, BytesRef scratch)
    {
        _values!.LookupOrd(ord, scratch);
        return scratch.Utf8ToString();
    }

    public void Flush()
    {
        for (var ord = 0; ord < _counts.Length; ord++)
        {
            if (_counts[ord] > 0)
            {
                var value = Value(ord, _scratch);
                _totals[value] = _totals.GetValueOrDefault(value) + _counts[ord];
                _counts[ord] = 0;
            }
        }
    }

    public IReadOnlyList<FacetCount> Totals() =>
        _totals.Select(kv => new FacetCount(kv.Key, kv.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal).ToList();
}
