using Lucene.Net.Analysis;

namespace PublicSite.Search.Analysis;

/// <summary>
/// Han characters as overlapping bigrams (a lone character by itself), after Traditional→Simplified folding: 港澳
/// and names no dictionary knows are found, and a run of bigrams is an exact phrase. Latin words and numbers become
/// lower-case words without accents. Single characters are found in their own field (<see cref="HanCharacterAnalyzer"/>).
/// </summary>
internal sealed class ChineseBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new HanBigramTokenizer(reader));
}
