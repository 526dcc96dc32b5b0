using System.Text;

namespace PublicSite.Search.Analysis;

/// <summary>
/// The one-to-one folding of text for Chinese fields and for finding matches in snippets: Traditional to
/// Simplified, full-width to ASCII, Latin accents dropped, lower case. Lengths never change, so offsets found in the
/// folded text hold in the original.
/// </summary>
public static class SearchFolding
{
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => Table[c];

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Table[source[i]];
        }
    });

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var folded = ChineseFolding.Fold((char)c);
            if (folded is >= '\u00C0' and <= '\u024F')
            {
                var decomposed = folded.ToString().Normalize(NormalizationForm.FormD);
                folded = decomposed.Length > 0 && decomposed[0] < '\u0080' ? decomposed[0] : folded;
            }
            table[c] = char.ToLowerInvariant(folded);
        }
        return table;
    }
}
