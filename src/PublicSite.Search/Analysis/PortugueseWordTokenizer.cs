namespace PublicSite.Search.Analysis;

/// <summary>
/// Runs of letters and digits in lower case, accents kept (the stemmer reads them; they are folded after it); Han
/// characters one by one. Lower-casing here, one table look-up per character, replaced Lucene's LowerCaseFilter,
/// which asked the culture's casing rules for every token: 5 % of a full rebuild.
/// </summary>
internal sealed class PortugueseWordTokenizer(TextReader input) : RunTokenizer(input)
{
    private static readonly char[] Lower = Enumerable.Range(0, char.MaxValue + 1).Select(c => char.ToLowerInvariant((char)c)).ToArray();

    protected override void OnHan(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Add(i, i + 1, 1, "<WORD>");
        }
    }

    protected override char Fold(char c) => Lower[c];
}
