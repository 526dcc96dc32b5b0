namespace PublicSite.Search.Analysis;

/// <summary>
/// Each Han character (a unigram) and each pair of neighbours (a bigram, at the first one's position), so a
/// run of bigrams is an exact phrase and single characters and unknown names are found; other words whole.
/// </summary>
internal sealed class HanBigramTokenizer(TextReader input) : RunTokenizer(input)
{
    public const string Unigram = "<SINGLE>";
    public const string Bigram = "<DOUBLE>";

    protected override void OnHan(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Add(i, i + 1, 1, Unigram);
            if (i + 1 < end)
            {
                Add(i, i + 2, 0, Bigram);
            }
        }
    }

    protected override char Fold(char c) => SearchFolding.Fold(c);
}
