using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace PublicSite.Search.Indexing;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene document of <see cref="SearchFields"/>.</summary>
internal static class IndexedDocument
{
    /// <summary>Enough text for snippets; the whole text is still indexed.</summary>
    private const int StoredTextLength = 20_000;

    /// <summary>Bounds the cost of one huge attachment.</summary>
    private const int IndexedTextLength = 200_000;

    /// <summary>Fields only ever looked up by term (never as phrases) keep no positions: smaller and faster.</summary>
    private static readonly FieldType TermsOnly = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS };

    /// <summary>Only which documents hold a term: no frequencies, positions or length norms (every match scores alike).</summary>
    private static readonly FieldType DocumentsOnly = new(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY, OmitNorms = true };

    public static Document Create(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, Key(source.VariantId), Field.Store.YES),
            new StringField(SearchFields.Item, Key(source.ItemId), Field.Store.YES),
            new StoredField(SearchFields.Slug, source.Slug),
            new StoredField(SearchFields.Title, source.Title),
            new NumericDocValuesField(SearchFields.VisibleFrom, source.VisibleFrom.Ticks),
            new NumericDocValuesField(SearchFields.VisibleUntil, source.VisibleUntil?.Ticks ?? long.MaxValue),
        };
        AddKeyword(document, SearchFields.Language, source.Language);
        AddKeyword(document, SearchFields.Type, source.TypeKey);
        AddKeyword(document, SearchFields.IssuingBody, source.IssuingBody);
        if (source.Date is { } date)
        {
            AddKeyword(document, SearchFields.Year, date.Year.ToString(CultureInfo.InvariantCulture));
            document.Add(new NumericDocValuesField(SearchFields.Date, date.DayNumber));
            document.Add(new StoredField(SearchFields.Date, date.DayNumber));
        }
        foreach (var number in new[] { source.IndexNumber, source.DocumentNumber })
        {
            if (ExactNumber.Normalize(number) is { } exact)
            {
                document.Add(new StringField(SearchFields.Exact, exact, Field.Store.NO));
            }
        }
        AddStored(document, SearchFields.IndexNumber, source.IndexNumber);
        AddStored(document, SearchFields.DocumentNumber, source.DocumentNumber);

        var text = string.Join('\n', new[] { source.Summary, source.Text }.Where(t => !string.IsNullOrWhiteSpace(t)));
        document.Add(new StoredField(SearchFields.Text, text.Length > StoredTextLength ? text[..StoredTextLength] : text));
        // The title, numbers and issuer's name are searchable as text too, beside the title fields and exact look-up.
        var searchable = string.Join('\n', new[] { source.Title, text, source.IndexNumber, source.DocumentNumber, source.IssuingBodyName }
            .Where(t => !string.IsNullOrWhiteSpace(t)));
        if (searchable.Length > IndexedTextLength)
        {
            searchable = searchable[..IndexedTextLength];
        }
        if (IsChinese(source.Language))
        {
            document.Add(new Field(SearchFields.ChineseTitleWords, source.Title, TermsOnly));
            document.Add(new Field(SearchFields.ChineseWords, searchable, TermsOnly));
            document.Add(new TextField(SearchFields.ChineseBigrams, searchable, Field.Store.NO));
            document.Add(new Field(SearchFields.ChineseCharacters, searchable, DocumentsOnly));
        }
        else
        {
            document.Add(new Field(SearchFields.PortugueseTitle, source.Title, TermsOnly));
            document.Add(new TextField(SearchFields.Portuguese, searchable, Field.Store.NO));
        }
        return document;
    }

    public static string Key(Guid id) => id.ToString("N");

    public static bool IsChinese(string culture) => culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A filter key: stored for the result list and kept as a sorted doc value for the collector, which filters and
    /// counts from those. Not inverted: nothing looks these up by term, and each inverted field costs a token stream
    /// per document in a rebuild.
    /// </summary>
    private static void AddKeyword(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StoredField(field, value));
            document.Add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void AddStored(Document document, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            document.Add(new StoredField(field, value));
        }
    }
}
