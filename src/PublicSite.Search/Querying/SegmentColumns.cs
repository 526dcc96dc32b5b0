using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// A segment's filter and date values as plain arrays, read once per segment and kept while the segment lives.
/// Counting filters visits every match; arrays make that a few memory reads instead of doc-values look-ups.
/// </summary>
internal sealed class SegmentColumns
{
    private static readonly ConditionalWeakTable<object, SegmentColumns> Cache = new();

    private SegmentColumns(AtomicReader reader)
    {
        Type = new Column(reader, SearchFields.Type);
        Year = new Column(reader, SearchFields.Year);
        Body = new Column(reader, SearchFields.IssuingBody);
        Language = new Column(reader, SearchFields.Language);
        Day = Numbers(reader, SearchFields.Date, 0, v => (int)v);
        From = Numbers(reader, SearchFields.VisibleFrom, long.MinValue, v => v);
        Until = Numbers(reader, SearchFields.VisibleUntil, long.MaxValue, v => v);
    }

    public Column Type { get; }

    public Column Year { get; }

    public Column Body { get; }

    public Column Language { get; }

    /// <summary>Days since 0001-01-01 of the document's date; 0 when it has none.</summary>
    public int[] Day { get; }

    public long[] From { get; }

    public long[] Until { get; }

    public static SegmentColumns For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentColumns(reader));

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

    /// <summary>One keyword field: each document's ordinal (-1 for none) and each ordinal's value.</summary>
    internal sealed class Column
    {
        public Column(AtomicReader reader, string field)
        {
            var source = reader.GetSortedDocValues(field);
            Ords = new int[reader.MaxDoc];
            Values = new string[source?.ValueCount ?? 0];
            var scratch = new BytesRef();
            for (var ord = 0; ord < Values.Length; ord++)
            {
                source!.LookupOrd(ord, scratch);
                Values[ord] = scratch.Utf8ToString();
            }
            for (var doc = 0; doc < Ords.Length; doc++)
            {
                Ords[doc] = source?.GetOrd(doc) ?? -1;
            }
        }

        public int[] Ords { get; }

        public string[] Values { get; }
    }
}
