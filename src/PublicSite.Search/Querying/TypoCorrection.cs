using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// Spellings near a Portuguese word that no text holds, from the index's own vocabulary (a walk of the term
/// dictionary through Lucene's Levenshtein automaton): one edit for words of five to seven letters, two from eight.
/// Shorter words have too many neighbours (<c>casa</c>, <c>caso</c>, <c>cada</c>) to guess. The first letter is
/// taken as typed, which keeps the walk short; a slip there is rare.
/// </summary>
internal static class TypoCorrection
{
    public const int MinLength = 5;

    private const int LongWord = 8;

    /// <summary>A word that this many texts hold is taken as meant, however many more hold a neighbour (estágios, estados).</summary>
    private const int Meant = 2;
    private const int MaxCorrections = 3;

    /// <summary>For each stem of a typed word that is long enough and in (almost) no text: the nearest neighbours more texts hold, most used first.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Find(IndexReader reader, ParsedQuery parsed)
    {
        var corrections = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, SearchFields.Portuguese);
        if (terms is null)
        {
            return corrections;
        }
        foreach (var typed in parsed.Concepts.SelectMany(c => c.Portuguese).Where(t => t.Word.Count(char.IsLetter) >= MinLength))
        {
            if (corrections.ContainsKey(typed.Stem))
            {
                continue;
            }
            var known = reader.DocFreq(new Term(SearchFields.Portuguese, typed.Stem));
            if (known >= Meant)
            {
                continue;
            }
            var near = Near(terms, typed.Stem, typed.Word.Length >= LongWord ? 2 : 1)
                .Where(n => n.DocFreq > known)
                .ToList();
            if (near.Count == 0)
            {
                continue;
            }
            // Nearest first; among equally near spellings, the one most texts use.
            var nearest = near.Min(n => n.Edits);
            corrections[typed.Stem] = near.Where(n => n.Edits == nearest).OrderByDescending(n => n.DocFreq).ThenBy(n => n.Term, StringComparer.Ordinal)
                .Take(MaxCorrections).Select(n => n.Term).ToList();
        }
        return corrections;
    }

    private static List<(string Term, int Edits, int DocFreq)> Near(Terms terms, string stem, int maxEdits)
    {
        var found = new List<(string, int, int)>();
        var walk = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(SearchFields.Portuguese, stem), maxEdits, 1, true);
        while (walk.MoveNext())
        {
            var text = walk.Term.Utf8ToString();
            if (!string.Equals(text, stem, StringComparison.Ordinal))
            {
                found.Add((text, Distance(stem, text), walk.DocFreq));
            }
        }
        return found;
    }

    /// <summary>Edits between two words, a swap of neighbours counting as one (as the automaton counts).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
