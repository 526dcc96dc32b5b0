using Lucene.Net.Analysis;

namespace PublicSite.Search.Analysis;

/// <summary>
/// Han characters as overlapping bigrams plus single characters (unigrams), after Traditional→Simplified folding:
/// 港澳, one character and names no dictionary knows are all found, and a run of bigrams is an exact phrase.
/// Latin words and numbers become lower-case words without accents.
/// </summary>
internal sealed class ChineseBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new HanBigramTokenizer(reader));
}
