namespace PublicSite.Search.Analysis;

/// <summary>
/// Macau's texts keep the spelling of before the 1990 agreement (<c>acção</c>, <c>projecto</c>, <c>direcção</c>,
/// <c>óptimo</c>, <c>recepção</c>); readers type either. Both are made one term by dropping the consonant the
/// agreement dropped: a <c>c</c> or <c>p</c> after a vowel and before <c>ç</c> or <c>t</c> (and the first <c>c</c> of
/// <c>cci</c>, as in <c>accionista</c>), except in words where it is pronounced and stays in both spellings
/// (<c>pacto</c>, <c>facto</c>, <c>opção</c>, <c>apto</c>, <c>captar</c>…). Accent folding alone cannot do this: the
/// letters differ, not their marks.
/// </summary>
internal static class PortugueseSpelling
{
    // Beginnings of words whose c or p is pronounced (so kept by the agreement): checked only when the rule applies.
    private static readonly string[] Pronounced =
    [
        "pact", "contact", "compact", "impact", "intact", "tact", "cact", "convicç", "convict", "ficç", "fict", "fricç", "dicç",
        "opç", "opt", "apt", "adapt", "adept", "inept", "rapt", "capt", "erupç", "corrupç", "interrupç", "eucalipt",
        "abrupt", "pict", "bact", "cript", "elípt", "helicópt", "invict", "estrict",
    ];

    // Whole words: "facto" (a fact) keeps its c in Portugal and Macau, while "factor" and "factura" lose it.
    private static readonly HashSet<string> PronouncedWords = new(StringComparer.Ordinal) { "facto", "factos", "factual", "factuais", "pacto", "pactos" };

    /// <summary>Rewrites the lower-cased word in place in its new spelling; returns its new length.</summary>
    public static int Modernize(char[] buffer, int length)
    {
        string? word = null;
        for (var i = 1; i < length - 1; i++)
        {
            var c = buffer[i];
            if ((c != 'c' && c != 'p') || !IsVowel(buffer[i - 1]))
            {
                continue;
            }
            var next = buffer[i + 1];
            var silent = next is 'ç' or 't' || (c == 'c' && next == 'c' && i + 2 < length && buffer[i + 2] == 'i');
            if (!silent)
            {
                continue;
            }
            word ??= new string(buffer, 0, length);
            if (IsPronounced(word))
            {
                return length;
            }
            Array.Copy(buffer, i + 1, buffer, i, length - i - 1);
            length--;
        }
        return length;
    }

    public static string Modernize(string word)
    {
        var buffer = word.ToCharArray();
        return new string(buffer, 0, Modernize(buffer, buffer.Length));
    }

    private static bool IsPronounced(string word) =>
        PronouncedWords.Contains(word) || Pronounced.Any(p => word.StartsWith(p, StringComparison.Ordinal));

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'à' or 'â' or 'ã' or 'é' or 'ê' or 'í' or 'ó' or 'ô' or 'õ' or 'ú';
}
