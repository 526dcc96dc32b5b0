using Lucene.Net.Analysis;

namespace PublicSite.Search.Analysis;

/// <summary>Chinese words (jieba.NET, search mode, site names from the user dictionary) after Traditional→Simplified folding.</summary>
internal sealed class ChineseWordAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new JiebaTokenizer(reader));

    protected override TextReader InitReader(string fieldName, TextReader reader) => new ChineseFoldingCharFilter(reader);
}
