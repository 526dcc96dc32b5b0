using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Analysis;

/// <summary>
/// The one per-field analyzer used both to write the index and to read queries, and the analysis version stored
/// with every commit: an index written with other analysis (or another user dictionary) is rebuilt.
/// </summary>
public sealed class SearchAnalysis : IDisposable
{
    /// <summary>Raise when an analyzer or the field layout changes.</summary>
    private const string Rules = "8:fold,jieba-dict-search-mode-all-text,bigram+lone-unigram,distinct-characters,pt-lower-ao1990-light-stem-fold";

    private readonly ChineseWordAnalyzer _words = new();
    private readonly ChineseBigramAnalyzer _bigrams = new();
    private readonly HanCharacterAnalyzer _characters = new();
    private readonly PortugueseTextAnalyzer _portuguese = new();

    public SearchAnalysis()
    {
        Analyzer = new PerFieldAnalyzerWrapper(_bigrams, new Dictionary<string, Analyzer>
        {
            [SearchFields.ChineseTitleWords] = _words,
            [SearchFields.ChineseWords] = _words,
            [SearchFields.ChineseBigrams] = _bigrams,
            [SearchFields.ChineseCharacters] = _characters,
            [SearchFields.PortugueseTitle] = _portuguese,
            [SearchFields.Portuguese] = _portuguese,
        });
        Version = Rules + ":" + UserDictionaryHash();
    }

    public Analyzer Analyzer { get; }

    public string Version { get; }

    /// <summary>The terms a field's analysis makes of a text, with their positions and token types.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens(string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), Math.Max(position, 0), type.Type, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    public void Dispose()
    {
        Analyzer.Dispose();
        _words.Dispose();
        _bigrams.Dispose();
        _characters.Dispose();
        _portuguese.Dispose();
    }

    private static string UserDictionaryHash()
    {
        var path = ChineseDictionary.UserDictionaryPath;
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : Encoding.UTF8.GetBytes("none");
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
    }
}
