using System.Text;
using PublicSite.Search.Analysis;

namespace PublicSite.Search.Querying;

/// <summary>
/// Snippets and titles with matches in <c>&lt;mark&gt;</c>, every other character HTML-escaped. Matches are found
/// in folded text rather than through Lucene's Highlighter, which merges overlapping bigram tokens into one group
/// and would mark whole Chinese sentences.
/// </summary>
internal static class Snippets
{
    private const int MaxRanges = 64;

    /// <summary>
    /// Where the needles occur in <paramref name="text"/>. A needle of letters and digits (a Portuguese stem, a
    /// Latin word) matches at the start of a Latin word and marks that word (the folded text has no accents left);
    /// a Chinese needle matches anywhere.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Find(string text, IReadOnlyList<string> needles)
    {
        var folded = SearchFolding.Fold(text);
        var ranges = new List<(int Start, int End)>();
        List<(int Start, int End, string Modern)>? oldSpellings = null;
        foreach (var needle in needles.Where(n => n.Length > 0).Select(SearchFolding.Fold).Distinct(StringComparer.Ordinal))
        {
            var latin = needle.All(char.IsAsciiLetterOrDigit);
            if (latin && needle.Length < 2)
            {
                continue;
            }
            for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0 && ranges.Count < MaxRanges * 4;
                 at = folded.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
            {
                if (!latin)
                {
                    ranges.Add((at, at + needle.Length));
                }
                else if (at == 0 || !char.IsAsciiLetterOrDigit(folded[at - 1]))
                {
                    var end = at + needle.Length;
                    while (end < folded.Length && char.IsAsciiLetterOrDigit(folded[end]))
                    {
                        end++;
                    }
                    ranges.Add((at, end));
                }
            }
            if (latin)
            {
                // Stems are in the 1990 spelling (projet): a word written before it (projecto) is marked by its new form.
                oldSpellings ??= OldSpellings(text, folded);
                ranges.AddRange(oldSpellings.Where(w => w.Modern.StartsWith(needle, StringComparison.Ordinal)).Select(w => (w.Start, w.End)));
            }
        }
        return Merge(ranges);
    }

    /// <summary>The Latin words of the text whose spelling of 1990 differs, with that spelling folded.</summary>
    private static List<(int Start, int End, string Modern)> OldSpellings(string text, string folded)
    {
        var words = new List<(int, int, string)>();
        for (var start = 0; start < folded.Length;)
        {
            if (!char.IsAsciiLetterOrDigit(folded[start]))
            {
                start++;
                continue;
            }
            var end = start;
            while (end < folded.Length && char.IsAsciiLetterOrDigit(folded[end]))
            {
                end++;
            }
            // Only a word with a vowel, c or p, then c, ç or t can change; most words of a text are skipped unread.
            if (MaySpellOld(folded.AsSpan(start, end - start)))
            {
                var word = text[start..end].ToLowerInvariant();
                var modern = PortugueseSpelling.Modernize(word);
                if (modern.Length != word.Length)
                {
                    words.Add((start, end, SearchFolding.Fold(modern)));
                }
            }
            start = end;
        }
        return words;
    }

    /// <summary>True when the folded word holds a vowel followed by <c>c</c> or <c>p</c> and then <c>c</c> or <c>t</c>.</summary>
    private static bool MaySpellOld(ReadOnlySpan<char> folded)
    {
        for (var i = 1; i < folded.Length - 1; i++)
        {
            if (folded[i] is 'c' or 'p' && folded[i + 1] is 'c' or 't' && folded[i - 1] is 'a' or 'e' or 'i' or 'o' or 'u')
            {
                return true;
            }
        }
        return false;
    }

    // Mark and Excerpt take the ranges as Find returns them, sorted and apart: both walk them in one pass.

    /// <summary>The whole text, escaped, with its matches marked.</summary>
    public static string Mark(string text, IReadOnlyList<(int Start, int End)> ranges) => Write(text, 0, text.Length, ranges);

    /// <summary>About <paramref name="length"/> characters around the densest matches; the opening when nothing matched.</summary>
    public static string Excerpt(string text, IReadOnlyList<(int Start, int End)> ranges, int length)
    {
        if (text.Length <= length)
        {
            return Write(text, 0, text.Length, ranges);
        }
        var start = 0;
        var best = 0;
        // Ranges are sorted and apart, so their ends rise with their starts: one pass finds the densest window.
        for (int first = 0, last = 0; first < ranges.Count; first++)
        {
            last = Math.Max(last, first);
            while (last < ranges.Count && ranges[last].End <= ranges[first].Start + (length * 3 / 4))
            {
                last++;
            }
            if (last - first > best)
            {
                best = last - first;
                start = Math.Max(0, ranges[first].Start - (length / 4));
            }
        }
        start = Math.Min(start, text.Length - length);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++;
        }
        return (start > 0 ? "…" : "") + Write(text, start, end, ranges) + (end < text.Length ? "…" : "");
    }

    private static string Write(string text, int start, int end, IReadOnlyList<(int Start, int End)> ranges)
    {
        var html = new StringBuilder((end - start) + 32);
        var open = false;
        var space = false;
        var range = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            // A mark closes before a space and opens after it, so no mark starts or ends with a blank.
            while (range < ranges.Count && ranges[range].End <= i)
            {
                range++;
            }
            var inMatch = range < ranges.Count && ranges[range].Start <= i;
            if (open && !inMatch)
            {
                html.Append("</mark>");
                open = false;
            }
            if (space && html.Length > 0)
            {
                html.Append(' ');
            }
            space = false;
            if (inMatch && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
        if (open)
        {
            html.Append("</mark>");
        }
        return html.ToString();
    }

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        ranges.Sort();
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else if (merged.Count < MaxRanges)
            {
                merged.Add(range);
            }
        }
        return merged;
    }
}
