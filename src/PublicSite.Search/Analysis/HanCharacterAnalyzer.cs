using Lucene.Net.Analysis;

namespace PublicSite.Search.Analysis;

/// <summary>The distinct Han characters of a text (<see cref="HanCharacterTokenizer"/>).</summary>
internal sealed class HanCharacterAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new HanCharacterTokenizer(reader));
}
