namespace PublicSite.Search.Analysis;

/// <summary>
/// Each pair of neighbouring Han characters (a bigram), one position apart, so a run of bigrams is an exact phrase
/// and names no dictionary knows are found; a lone character (a run of one) as itself. Other words whole.
/// </summary>
/// <remarks>
/// No unigram for every character: that doubled the field's terms, a third of the indexing time over 100,000
/// documents, for the one kind of query (a single character) that <see cref="HanCharacterTokenizer"/>'s field
/// answers from a fraction of the terms.
/// </remarks>
internal sealed class HanBigramTokenizer(TextReader input) : RunTokenizer(input)
{
    public const string Unigram = "<SINGLE>";
    public const string Bigram = "<DOUBLE>";

    protected override void OnHan(int start, int end)
    {
        if (end - start == 1)
        {
            Add(start, end, 1, Unigram);
            return;
        }
        for (var i = start; i + 1 < end; i++)
        {
            Add(i, i + 2, 1, Bigram);
        }
    }

    protected override char Fold(char c) => SearchFolding.Fold(c);
}
