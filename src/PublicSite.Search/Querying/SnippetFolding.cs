using System.Text;

namespace PublicSite.Search.Querying;

/// <summary>
/// A one-to-one character folding for finding matches in stored text: Traditional to Simplified, full-width to
/// ASCII, Latin accents dropped, lower case. Because lengths never change, a match found in the folded text has
/// the same offsets in the original.
/// </summary>
internal static class SnippetFolding
{
    private static readonly char[] Table = BuildTable();

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
            var folded = Analysis.ChineseFolding.Fold((char)c);
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
