using System.Globalization;
using Lucene.Net.Documents;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// "Did you mean": the query with each corrected word replaced by the spelling a result uses for the corrected
/// term. Index terms are stems (<c>empreendedorism</c>), not words to show: the word is read back from the best
/// results' own text, so the suggestion is spelt as the site writes it.
/// </summary>
internal static class Suggestions
{
    public static string? Build(SearchAnalysis analysis, string query, ParsedQuery parsed, IReadOnlyDictionary<string, IReadOnlyList<string>> corrections, IEnumerable<Document> best)
    {
        var texts = best.SelectMany(d => new[] { d.Get(SearchFields.Title, CultureInfo.InvariantCulture), d.Get(SearchFields.Text, CultureInfo.InvariantCulture) })
            .OfType<string>().ToList();
        var replaced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var typed in parsed.Concepts.SelectMany(c => c.Portuguese))
        {
            if (corrections.GetValueOrDefault(typed.Stem) is [var first, ..] && Written(analysis, first, texts) is { } word)
            {
                replaced.TryAdd(typed.Word, word);
            }
        }
        if (replaced.Count == 0)
        {
            return null;
        }
        var suggestion = string.Join(' ', query.Split(' ').Select(part => replaced.Aggregate(part, (p, r) => p.Replace(r.Key, r.Value, StringComparison.Ordinal))));
        return string.Equals(suggestion, query, StringComparison.Ordinal) ? null : suggestion;
    }

    /// <summary>The first word of the texts whose Portuguese term is <paramref name="term"/>, in lower case.</summary>
    private static string? Written(SearchAnalysis analysis, string term, IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var token in analysis.Tokens(SearchFields.Portuguese, text))
            {
                if (string.Equals(token.Term, term, StringComparison.Ordinal))
                {
                    return text[token.Start..token.End].ToLowerInvariant();
                }
            }
        }
        return null;
    }
}
