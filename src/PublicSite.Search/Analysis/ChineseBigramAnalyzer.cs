using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PublicSite.Search.Analysis;

/// <summary>
/// Han characters as overlapping bigrams plus single characters (unigrams), after Traditional→Simplified folding:
/// 港澳, one character and names no dictionary knows are all found, and a run of bigrams is an exact phrase.
/// Latin words and numbers become lower-case words without accents.
/// </summary>
internal sealed class ChineseBigramAnalyzer : Analyzer
{
    private const CJKScript Scripts = CJKScript.HAN | CJKScript.HIRAGANA | CJKScript.KATAKANA | CJKScript.HANGUL;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CJKBigramFilter(stream, Scripts, outputUnigrams: true);
        return new TokenStreamComponents(source, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) => new ChineseFoldingCharFilter(reader);
}
