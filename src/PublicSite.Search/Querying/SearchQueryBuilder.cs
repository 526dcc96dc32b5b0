using Lucene.Net.Index;
using Lucene.Net.Search;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// Builds Lucene queries in code from cleaned user input, through the same analyzers that wrote the index; user
/// text never reaches a query parser. Each space-separated part must match. A Chinese part matches when all of its
/// words are in the text (or, for single characters and unknown names, as an exact run of characters); Portuguese
/// parts match by their light stems. The text (which holds the title) finds and first ranks the matches; title words
/// and words standing together then lift the best candidates (<see cref="CandidateRescorer"/>).
/// </summary>
internal sealed class SearchQueryBuilder(SearchAnalysis analysis)
{
    private const string Bigram = HanBigramTokenizer.Bigram;
    private const string Unigram = HanBigramTokenizer.Unigram;
    private const float ChineseTitleBoost = 2;
    private const float PortugueseTitleBoost = 3;
    private const float PhraseBoost = 1.5f;

    public ParsedQuery Parse(string clean, bool chinese, bool portuguese)
    {
        var units = QueryText.Units(clean);
        var all = new BooleanQuery();
        var chineseNeedles = new List<string>();
        var portugueseNeedles = new List<string>();
        var lifts = new List<Query>();
        foreach (var unit in units)
        {
            var either = new BooleanQuery();
            if (chinese && ChineseUnit(unit, chineseNeedles, lifts) is { } zh)
            {
                either.Add(zh, Occur.SHOULD);
            }
            if (portuguese && PortugueseUnit(unit, portugueseNeedles, lifts) is { } pt)
            {
                either.Add(pt, Occur.SHOULD);
            }
            if (either.Clauses.Count > 0)
            {
                all.Add(either, Occur.MUST);
            }
        }
        if (portuguese && units.Count > 1 && Phrase(SearchFields.Portuguese, clean) is PhraseQuery whole)
        {
            lifts.Add(Boosted(whole, PhraseBoost));
        }
        return new ParsedQuery(all.Clauses.Count > 0 ? Flatten(all) : null, Exact(clean, units), lifts,
            chineseNeedles.Distinct(StringComparer.Ordinal).ToList(), portugueseNeedles.Distinct(StringComparer.Ordinal).ToList());
    }

    private Query? ChineseUnit(string unit, List<string> needles, List<Query> lifts)
    {
        var words = Words(unit);
        if (words.Count == 0)
        {
            return null;
        }
        if (words is [{ Length: 1 } character])
        {
            // One Han character: the field of each document's characters, whatever words it is part of. Every
            // match scores alike; recency orders them.
            needles.Add(character);
            return new TermQuery(new Term(RunTokenizer.IsHan(character[0]) ? SearchFields.ChineseCharacters : SearchFields.ChineseBigrams, character));
        }
        // Found when every word is in the text, in any order: term look-ups in the word field, the fast path.
        var everyWord = new BooleanQuery();
        foreach (var word in words)
        {
            everyWord.Add(new TermQuery(new Term(SearchFields.ChineseWords, word)), Occur.MUST);
        }
        var found = new BooleanQuery { { everyWord, Occur.SHOULD } };
        // A single character or a name the dictionary lacks may be split otherwise in a text: the exact run of
        // characters (a phrase of bigrams) finds it whatever the words around it.
        if (words.Any(w => w.Length == 1 || !(w.All(char.IsAsciiLetterOrDigit) || ChineseDictionary.Shared.Contains(w))))
        {
            AddBoost(found, Phrase(SearchFields.ChineseBigrams, unit), 1);
        }
        // Ranking only, on the best candidates: words of the title, and the words as one run.
        foreach (var word in words)
        {
            lifts.Add(Boosted(new TermQuery(new Term(SearchFields.ChineseTitleWords, word)), ChineseTitleBoost));
        }
        if (words.Count > 1 && Phrase(SearchFields.ChineseBigrams, unit) is PhraseQuery run)
        {
            lifts.Add(Boosted(run, PhraseBoost));
        }
        needles.Add(SearchFolding.Fold(unit));
        needles.AddRange(words);
        return found;
    }

    /// <summary>The words of a query part: jieba's route, without the parts search mode adds (港澳同胞, not also 港澳).</summary>
    private List<string> Words(string unit)
    {
        var tokens = analysis.Tokens(SearchFields.ChineseWords, unit);
        return tokens
            .Where(t => !tokens.Any(o => o.Start <= t.Start && o.End >= t.End && o.End - o.Start > t.End - t.Start))
            .Select(t => t.Term)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private BooleanQuery? PortugueseUnit(string unit, List<string> needles, List<Query> lifts)
    {
        var terms = analysis.Tokens(SearchFields.Portuguese, unit).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return null; // only stop words
        }
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(SearchFields.Portuguese, term)), Occur.MUST);
            lifts.Add(Boosted(new TermQuery(new Term(SearchFields.PortugueseTitle, term)), PortugueseTitleBoost));
        }
        if (terms.Count > 1 && Phrase(SearchFields.Portuguese, unit) is PhraseQuery run)
        {
            lifts.Add(Boosted(run, PhraseBoost));
        }
        needles.AddRange(terms);
        return query;
    }

    /// <summary>
    /// The analysed text as a phrase with its real positions. For Chinese the bigrams alone make the phrase, so
    /// 苏澳合作园区 must appear as one run.
    /// </summary>
    private Query? Phrase(string field, string text)
    {
        var tokens = analysis.Tokens(field, text);
        if (tokens.Any(t => t.Type == Bigram))
        {
            tokens = tokens.Where(t => t.Type != Unigram).ToList();
        }
        if (tokens.Count == 0)
        {
            return null;
        }
        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term));
        }
        var phrase = new PhraseQuery();
        foreach (var token in tokens)
        {
            phrase.Add(new Term(field, token.Term), token.Position);
        }
        return phrase;
    }

    private static BooleanQuery? Exact(string clean, IReadOnlyList<string> units)
    {
        var numbers = units.Prepend(clean).Select(ExactNumber.Normalize).OfType<string>()
            .Where(n => n.Any(char.IsAsciiDigit)).Distinct(StringComparer.Ordinal).ToList();
        if (numbers.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery();
        foreach (var number in numbers)
        {
            query.Add(new TermQuery(new Term(SearchFields.Exact, number)), Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// Removes levels that hold a single clause (one part, one word, one language): every level of nesting is a
    /// scorer wrapped round another, paid again for each of the tens of thousands of documents a common word matches.
    /// </summary>
    internal static Query Flatten(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }
        var flat = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            flat.Add(Flatten(clause.Query), clause.Occur);
        }
        if (flat.Clauses.Count == 1 && flat.Clauses[0].Occur != Occur.MUST_NOT && flat.MinimumNumberShouldMatch == 0)
        {
            var only = flat.Clauses[0].Query;
            only.Boost *= flat.Boost;
            return only;
        }
        return flat;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private static void AddBoost(BooleanQuery query, Query? clause, float boost)
    {
        if (clause is not null)
        {
            clause.Boost = boost;
            query.Add(clause, Occur.SHOULD);
        }
    }
}
