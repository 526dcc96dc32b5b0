using System.Globalization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Evaluation;

/// <summary>
/// What a plain Lucene set-up would answer: StandardAnalyzer over title, summary and text of the same documents in
/// one field, the query's tokens as SHOULD clauses (any one may match), BM25, and the same language filter as ours.
/// StandardAnalyzer makes each Han character a token and knows no accents, stems or numbers beyond splitting them.
/// </summary>
internal sealed class BaselineSearch : IDisposable
{
    private const string Key = "key";
    private const string Language = "lang";
    private const string Text = "text";

    private readonly StandardAnalyzer _analyzer = new(LuceneVersion.LUCENE_48);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public BaselineSearch(IEnumerable<(string ItemKey, SearchDocument Document)> documents)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var (itemKey, document) in documents)
            {
                writer.AddDocument(new Document
                {
                    new StringField(Key, itemKey, Field.Store.YES),
                    new StringField(Language, document.Language, Field.Store.NO),
                    new TextField(Text, string.Join('\n', document.Title, document.Summary, document.Text), Field.Store.NO),
                });
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public Ranking Search(JudgedQuery query)
    {
        var words = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream(Text, query.Text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add(new TermQuery(new Term(Text, term.ToString())), Occur.SHOULD);
            }
            stream.End();
        }
        if (words.Clauses.Count == 0)
        {
            return new Ranking([], 0);
        }
        Query search = words;
        if (query.Languages.Count > 0)
        {
            var languages = new BooleanQuery();
            foreach (var language in query.Languages)
            {
                languages.Add(new TermQuery(new Term(Language, language)), Occur.SHOULD);
            }
            search = new BooleanQuery { { words, Occur.MUST }, { new ConstantScoreQuery(languages), Occur.MUST } };
        }
        var top = _searcher.Search(search, RelevanceMetrics.Depth);
        return new Ranking(top.ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get(Key, CultureInfo.InvariantCulture)).ToList(), top.TotalHits);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
