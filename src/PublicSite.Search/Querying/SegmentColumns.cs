using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// A segment's filter and date values as plain arrays, read once per segment and kept while the segment lives.
/// Counting filters visits every match — tens of thousands for a common word — so what each match needs is packed
/// into one 12-byte <see cref="DocFacts"/> per document: one memory stream to read instead of eight arrays, which
/// was most of the collector's time once the arrays outgrew the processor's cache.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = new();

    private Facts? _facts;

    private SegmentColumns(AtomicReader reader)
    {
        Type = new Column(reader, SearchFields.Type);
        Year = new Column(reader, SearchFields.Year);
        Body = new Column(reader, SearchFields.IssuingBody);
        Language = new Column(reader, SearchFields.Language);
        Day = Numbers(reader, SearchFields.Date, 0, v => (int)v);
        From = Numbers(reader, SearchFields.VisibleFrom, long.MinValue, v => v);
        Until = Numbers(reader, SearchFields.VisibleUntil, long.MaxValue, v => v);
        LatestFrom = From.Length == 0 ? long.MinValue : From.Max();
        EarliestUntil = Until.Length == 0 ? long.MaxValue : Until.Min();
    }

    public Column Type { get; }

    public Column Year { get; }

    public Column Body { get; }

    public Column Language { get; }

    /// <summary>Days since 0001-01-01 of the document's date; 0 when it has none.</summary>
    public int[] Day { get; }

    public long[] From { get; }

    public long[] Until { get; }

    /// <summary>When every document of the segment is inside its publication period, nothing needs checking per match.</summary>
    public bool AllVisibleAt(long ticks) => LatestFrom <= ticks && EarliestUntil > ticks;

    private long LatestFrom { get; }

    private long EarliestUntil { get; }

    public static SegmentColumns For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));

    /// <summary>
    /// Each document's filter codes and recency lift on <paramref name="today"/> (days since 0001-01-01): up to 15 %
    /// more for today's documents, fading over a few years, 1 without a date. Worked out once a day per segment
    /// rather than for every match of every query.
    /// </summary>
    public DocFacts[] FactsOn(int today)
    {
        if (_facts is { } known && known.Today == today)
        {
            return known.Documents;
        }
        var documents = new DocFacts[Day.Length];
        for (var doc = 0; doc < documents.Length; doc++)
        {
            var day = Day[doc];
            documents[doc] = new DocFacts(Type.Codes[doc], Year.Codes[doc], Body.Codes[doc], Language.Codes[doc],
                day == 0 ? 1f : 1f + (0.15f / (1f + (Math.Max(0, today - day) / 365f))));
        }
        _facts = new Facts(today, documents);
        return documents;
    }

    private static T[] Numbers<T>(AtomicReader reader, string field, T missing, Func<long, T> convert)
    {
        var values = new T[reader.MaxDoc];
        var source = reader.GetNumericDocValues(field);
        var present = reader.GetDocsWithField(field);
        for (var doc = 0; doc < values.Length; doc++)
        {
            values[doc] = source is not null && present?.Get(doc) != false ? convert(source.Get(doc)) : missing;
        }
        return values;
    }

    private sealed record Facts(int Today, DocFacts[] Documents);

    /// <summary>What the collector reads for each match: filter codes (0 for none, else the value's ordinal + 1) and the recency lift.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    internal readonly record struct DocFacts(ushort Type, ushort Year, ushort Body, ushort Language, float Recency);

    /// <summary>One keyword field: each document's code (0 for none, else its value's ordinal + 1) and each ordinal's value.</summary>
    internal sealed class Column
    {
        public Column(AtomicReader reader, string field)
        {
            var source = reader.GetSortedDocValues(field);
            Values = new string[source?.ValueCount ?? 0];
            if (Values.Length >= ushort.MaxValue)
            {
                throw new InvalidOperationException($"The filter field {field} has {Values.Length} values; at most {ushort.MaxValue - 1} are supported.");
            }
            var scratch = new BytesRef();
            for (var ord = 0; ord < Values.Length; ord++)
            {
                source!.LookupOrd(ord, scratch);
                Values[ord] = scratch.Utf8ToString();
            }
            Codes = new ushort[reader.MaxDoc];
            for (var doc = 0; doc < Codes.Length; doc++)
            {
                Codes[doc] = (ushort)((source?.GetOrd(doc) ?? -1) + 1);
            }
        }

        public ushort[] Codes { get; }

        public string[] Values { get; }
    }
}
