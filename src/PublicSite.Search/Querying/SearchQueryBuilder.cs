using JiebaNet.Segmenter;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// Builds Lucene queries in code from cleaned user input, through the same analyzers that wrote the index; user
/// text never reaches a query parser. Each space-separated part must match. A Chinese part matches as an exact run
/// (a phrase of bigrams) or as all of its jieba words anywhere; Portuguese parts match by their light stems.
/// Title matches and exact runs weigh more.
/// </summary>
internal sealed class SearchQueryBuilder(SearchAnalysis analysis)
{
    private const string Bigram = "<DOUBLE>";
    private const string Unigram = "<SINGLE>";

    [ThreadStatic]
    private static JiebaSegmenter? t_segmenter;

    public ParsedQuery Parse(string clean, bool chinese, bool portuguese)
    {
        var units = QueryText.Units(clean);
        var all = new BooleanQuery();
        var chineseNeedles = new List<string>();
        var portugueseNeedles = new List<string>();
        foreach (var unit in units)
        {
            var either = new BooleanQuery();
            if (chinese && ChineseUnit(unit, chineseNeedles) is { } zh)
            {
                either.Add(zh, Occur.SHOULD);
            }
            if (portuguese && PortugueseUnit(unit, portugueseNeedles) is { } pt)
            {
                either.Add(pt, Occur.SHOULD);
            }
            if (either.Clauses.Count > 0)
            {
                all.Add(either, Occur.MUST);
            }
        }
        if (portuguese && units.Count > 1)
        {
            AddBoost(all, Phrase(SearchFields.PortugueseTitle, clean), 3);
            AddBoost(all, Phrase(SearchFields.Portuguese, clean), 1.5f);
        }
        return new ParsedQuery(all.Clauses.Count > 0 ? all : null, Exact(clean, units),
            chineseNeedles.Distinct(StringComparer.Ordinal).ToList(), portugueseNeedles.Distinct(StringComparer.Ordinal).ToList());
    }

    private BooleanQuery? ChineseUnit(string unit, List<string> needles)
    {
        var words = JiebaSegmentation.Words(t_segmenter ??= JiebaSegmentation.NewSegmenter(), ChineseFolding.Fold(unit));
        var titleRun = Phrase(SearchFields.ChineseTitleBigrams, unit);
        var textRun = Phrase(SearchFields.ChineseBigrams, unit);
        if (titleRun is null || textRun is null)
        {
            return null;
        }
        var found = new BooleanQuery();
        AddBoost(found, titleRun, 6);
        AddBoost(found, textRun, 2);
        if (words.Count > 1)
        {
            var everyWord = new BooleanQuery();
            foreach (var word in words)
            {
                var anywhere = new BooleanQuery();
                AddBoost(anywhere, Phrase(SearchFields.ChineseTitleBigrams, word), 2);
                AddBoost(anywhere, Phrase(SearchFields.ChineseBigrams, word), 1);
                if (anywhere.Clauses.Count > 0)
                {
                    everyWord.Add(anywhere, Occur.MUST);
                }
            }
            found.Add(everyWord, Occur.SHOULD);
        }
        var query = new BooleanQuery { { found, Occur.MUST } };
        // Word matches in the title and summary (jieba) only rank; they never widen the results.
        foreach (var token in analysis.Tokens(SearchFields.ChineseTitleWords, unit).Select(t => t.Term).Distinct(StringComparer.Ordinal))
        {
            AddBoost(query, new TermQuery(new Term(SearchFields.ChineseTitleWords, token)), 1.5f);
            AddBoost(query, new TermQuery(new Term(SearchFields.ChineseWords, token)), 0.5f);
        }
        needles.Add(ChineseFolding.Fold(unit).ToLowerInvariant());
        needles.AddRange(words.Select(w => w.ToLowerInvariant()));
        return query;
    }

    private BooleanQuery? PortugueseUnit(string unit, List<string> needles)
    {
        var terms = analysis.Tokens(SearchFields.Portuguese, unit).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return null; // only stop words
        }
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            var anywhere = new BooleanQuery();
            AddBoost(anywhere, new TermQuery(new Term(SearchFields.PortugueseTitle, term)), 3);
            AddBoost(anywhere, new TermQuery(new Term(SearchFields.Portuguese, term)), 1);
            query.Add(anywhere, Occur.MUST);
        }
        if (terms.Count > 1)
        {
            AddBoost(query, Phrase(SearchFields.Portuguese, unit), 1.5f);
        }
        needles.AddRange(terms);
        return query;
    }

    /// <summary>
    /// The analysed text as a phrase with its real positions. For Chinese the bigrams alone make the phrase (the
    /// unigrams at the same positions add nothing), so 苏澳合作园区 must appear as one run.
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

    private static void AddBoost(BooleanQuery query, Query? clause, float boost)
    {
        if (clause is not null)
        {
            clause.Boost = boost;
            query.Add(clause, Occur.SHOULD);
        }
    }
}
