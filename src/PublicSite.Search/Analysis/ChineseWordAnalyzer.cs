using Lucene.Net.Analysis;

namespace PublicSite.Search.Analysis;

/// <summary>Chinese words (jieba's dictionary and search mode, with the site's names) after Traditional→Simplified folding.</summary>
internal sealed class ChineseWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ChineseWordTokenizer(reader));
}
