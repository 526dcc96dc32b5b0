using ICU4N.Text;

namespace PublicSite.Search.Analysis;

/// <summary>
/// Folds text before analysis, one character for one character: Traditional Chinese to Simplified (so 蘇澳合作園區
/// finds 苏澳合作园区), full-width ASCII to ASCII and the ideographic space to a space. Keeping the length lets
/// offsets point into the original text, which snippets rely on.
/// </summary>
public static class ChineseFolding
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
            table[c] = (char)c;
        }
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            table[c] = (char)(c - 0xFEE0);
        }
        table[0x3000] = ' ';
        // ICU's Traditional-Simplified rules, read once per character; a mapping that would change the length
        // (none is known for these blocks) is left out rather than break offsets.
        var transliterator = Transliterator.GetInstance("Traditional-Simplified");
        foreach (var (first, last) in new[] { (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF) })
        {
            for (var c = first; c <= last; c++)
            {
                var folded = transliterator.Transliterate(((char)c).ToString());
                if (folded.Length == 1)
                {
                    table[c] = folded[0];
                }
            }
        }
        return table;
    }
}
