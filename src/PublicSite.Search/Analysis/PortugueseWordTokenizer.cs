namespace PublicSite.Search.Analysis;

/// <summary>Runs of letters and digits as they are (case and accents are for the filters after it); Han characters one by one.</summary>
internal sealed class PortugueseWordTokenizer(TextReader input) : RunTokenizer(input)
{
    protected override void OnHan(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Add(i, i + 1, 1, "<WORD>");
        }
    }

    protected override char Fold(char c) => c;
}
