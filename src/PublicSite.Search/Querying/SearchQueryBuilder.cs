using Lucene.Net.Index;
using Lucene.Net.Search;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// Builds Lucene queries in code from cleaned user input, through the same analyzers that wrote the index; user
/// text never reaches a query parser. The input becomes concepts (<see cref="QueryConcept"/>): each Chinese word
/// and each Portuguese word, question and function words left out (<see cref="QuestionWords"/>). The strict query
/// requires them all; the relaxed one (<see cref="Relaxed"/>) requires most of them and ranks by how many a
/// document holds. The text (which holds the title) finds and first ranks the matches; title words and words
/// standing together then lift the best candidates (<see cref="CandidateRescorer"/>).
/// </summary>
internal sealed class SearchQueryBuilder(SearchAnalysis analysis, LanguageBridge bridge)
{
    private const string Bigram = HanBigramTokenizer.Bigram;
    private const string Unigram = HanBigramTokenizer.Unigram;
    private const float ChineseTitleBoost = 2;
    private const float PortugueseTitleBoost = 3;
    private const float PhraseBoost = 1.5f;

    /// <summary>A name found through the other language ranks below the same name in the query's own language.</summary>
    private const float BridgeBoost = 0.3f;

    /// <summary>Another Chinese form of the same name (年度报告 for 年报) ranks a little below the form typed.</summary>
    private const float SynonymBoost = 0.8f;

    /// <summary>A compound's words written apart rank below the compound itself.</summary>
    private const float PartsBoost = 0.5f;

    /// <summary>A corrected spelling ranks below the word as typed.</summary>
    private const float CorrectionBoost = 0.5f;

    public ParsedQuery Parse(string clean, bool chinese, bool portuguese)
    {
        var units = QueryText.Units(clean);
        var parsed = Parse(units, chinese, portuguese, dropQuestions: true);
        // A query made only of question words (如何, onde) still searches for them.
        return parsed.Units.Count > 0 ? parsed : Parse(units, chinese, portuguese, dropQuestions: false);
    }

    private ParsedQuery Parse(IReadOnlyList<string> units, bool chinese, bool portuguese, bool dropQuestions)
    {
        var plan = new List<QueryUnit>();
        var chineseNeedles = new List<string>();
        var portugueseNeedles = new List<string>();
        var lifts = new List<Query>();
        foreach (var unit in units)
        {
            var planned = unit.Any(RunTokenizer.IsHan)
                ? HanUnit(unit, chinese, portuguese, dropQuestions, chineseNeedles, lifts)
                : LatinUnit(unit, chinese, portuguese, dropQuestions, chineseNeedles, portugueseNeedles, lifts);
            if (planned is { Concepts.Count: > 0 })
            {
                plan.Add(planned);
            }
        }
        var bridges = chinese ? BridgeFromPortuguese(plan) : [];
        var latin = string.Join(' ', units.Where(u => !u.Any(RunTokenizer.IsHan)));
        if (portuguese && latin.Contains(' ', StringComparison.Ordinal) && Phrase(SearchFields.Portuguese, latin) is PhraseQuery whole)
        {
            lifts.Add(Boosted(whole, PhraseBoost));
        }
        return new ParsedQuery(plan, Strict(plan, bridges, null), Exact(string.Join(' ', units), units), lifts,
            chineseNeedles.Distinct(StringComparer.Ordinal).ToList(), portugueseNeedles.Distinct(StringComparer.Ordinal).ToList(), bridges);
    }

    /// <summary>
    /// Every concept required (Portuguese stems widened by their corrections); a part may instead match as its exact
    /// run of characters, and the words of a Portuguese name of the bridge together may instead match as its Chinese
    /// name (the longest name first when names overlap: estágio de verão is 暑期实习 before 实习).
    /// </summary>
    public static Query? Strict(IReadOnlyList<QueryUnit> plan, IReadOnlyList<NameBridge> bridges, IReadOnlyDictionary<string, IReadOnlyList<string>>? corrections)
    {
        var all = new BooleanQuery(disableCoord: true);
        var named = new HashSet<QueryConcept>(ReferenceEqualityComparer.Instance);
        foreach (var bridge in bridges.OrderByDescending(b => b.Concepts.Count))
        {
            if (bridge.Concepts.Any(named.Contains))
            {
                continue;
            }
            named.UnionWith(bridge.Concepts);
            var words = new BooleanQuery(disableCoord: true);
            foreach (var concept in bridge.Concepts)
            {
                words.Add(ConceptQuery(concept, corrections, bridged: false), Occur.MUST);
            }
            var either = new BooleanQuery(disableCoord: true) { { words, Occur.SHOULD } };
            foreach (var name in bridge.Chinese)
            {
                either.Add(name, Occur.SHOULD);
            }
            all.Add(either, Occur.MUST);
        }
        foreach (var unit in plan)
        {
            var concepts = new BooleanQuery(disableCoord: true);
            foreach (var concept in unit.Concepts.Where(c => !named.Contains(c)))
            {
                concepts.Add(ConceptQuery(concept, corrections, bridged: false), Occur.MUST);
            }
            if (concepts.Clauses.Count == 0)
            {
                continue;
            }
            if (unit.Run is null)
            {
                all.Add(concepts, Occur.MUST);
            }
            else
            {
                all.Add(new BooleanQuery(disableCoord: true) { { concepts, Occur.SHOULD }, { unit.Run, Occur.SHOULD } }, Occur.MUST);
            }
        }
        return all.Clauses.Count > 0 ? Flatten(all) : null;
    }

    /// <summary>
    /// At least <paramref name="required"/> concepts (Portuguese stems widened by their corrections). Coordination is
    /// on: the searcher's <see cref="CoverageSimilarity"/> puts documents holding more concepts first, so the best
    /// candidates hold as many as any document does.
    /// </summary>
    public static Query? Relaxed(ParsedQuery parsed, IReadOnlyDictionary<string, IReadOnlyList<string>> corrections, int required)
    {
        var concepts = Concepts(parsed, corrections);
        if (concepts.Count <= 1)
        {
            return concepts.Count == 1 ? Flatten(concepts[0]) : null;
        }
        var any = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = Math.Clamp(required, 1, concepts.Count) };
        foreach (var concept in concepts)
        {
            any.Add(concept, Occur.SHOULD);
        }
        return any;
    }

    /// <summary>Most of <paramref name="concepts"/>: one of two, two of three or four, half of more.</summary>
    public static int Most(int concepts) => concepts <= 2 ? 1 : (concepts + 1) / 2;

    /// <summary>One query per concept, for the relaxed query and for counting what each candidate holds.</summary>
    /// <remarks>A compound concept also matches its words apart (<see cref="QueryConcept.Parts"/>): this is the second search.</remarks>
    public static IReadOnlyList<Query> Concepts(ParsedQuery parsed, IReadOnlyDictionary<string, IReadOnlyList<string>>? corrections) =>
        parsed.Concepts.Select(c => Flatten(ConceptQuery(c, corrections, bridged: true))).ToList();

    private static BooleanQuery ConceptQuery(QueryConcept concept, IReadOnlyDictionary<string, IReadOnlyList<string>>? corrections, bool bridged)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var alternative in bridged ? concept.Alternatives.Concat(concept.Bridged) : concept.Alternatives)
        {
            query.Add(alternative, Occur.SHOULD);
        }
        if (bridged && concept.Parts is not null)
        {
            query.Add(concept.Parts, Occur.SHOULD);
        }
        if (concept.Portuguese.Count > 0)
        {
            var stems = new BooleanQuery(disableCoord: true);
            foreach (var typed in concept.Portuguese)
            {
                var exact = new TermQuery(new Term(SearchFields.Portuguese, typed.Stem));
                if (corrections?.GetValueOrDefault(typed.Stem) is { Count: > 0 } corrected)
                {
                    var either = new BooleanQuery(disableCoord: true) { { exact, Occur.SHOULD } };
                    foreach (var correction in corrected)
                    {
                        either.Add(Boosted(new TermQuery(new Term(SearchFields.Portuguese, correction)), CorrectionBoost), Occur.SHOULD);
                    }
                    stems.Add(either, Occur.MUST);
                }
                else
                {
                    stems.Add(exact, Occur.MUST);
                }
            }
            query.Add(stems, Occur.SHOULD);
        }
        return query;
    }

    private QueryUnit? HanUnit(string unit, bool chinese, bool portuguese, bool dropQuestions, List<string> needles, List<Query> lifts)
    {
        var text = dropQuestions ? QuestionWords.WithoutChineseQuestions(unit) : unit;
        var all = Words(text);
        var words = all.Where(w => !dropQuestions || !QuestionWords.IsChineseFunctionWord(w.Term)).ToList();
        var phrases = text;
        if (words.Count < all.Count)
        {
            // Function words part the text like spaces: 港澳同胞的孩子 is not a phrase a text must hold, and a
            // phrase of 苏澳合作园区在 (from 苏澳合作园区在哪里) would lift only texts with that 在.
            var parted = phrases.ToCharArray();
            foreach (var dropped in all.Except(words))
            {
                Array.Fill(parted, ' ', dropped.Start, dropped.End - dropped.Start);
            }
            phrases = new string(parted);
        }
        if (words.Count == 0)
        {
            return null;
        }
        if (words is [{ Term.Length: 1 } character] && RunTokenizer.IsHan(character.Term[0]) && text.Trim().Length == 1)
        {
            // One Han character: the field of each document's characters, whatever words it is part of. Every
            // match scores alike; recency orders them.
            needles.Add(character.Term);
            return new QueryUnit([Concept(chinese ? [new TermQuery(new Term(SearchFields.ChineseCharacters, character.Term))] : [], portuguese ? character.Term : null)], null);
        }
        var concepts = new List<QueryConcept>();
        var folded = SearchFolding.Fold(text);
        var names = bridge.InChinese(folded).ToList();
        foreach (var word in words)
        {
            var alternatives = new List<Query>();
            if (chinese)
            {
                alternatives.Add(new TermQuery(new Term(SearchFields.ChineseWords, word.Term)));
            }
            foreach (var (entry, start, end) in names.Where(n => n.Start <= word.Start && word.End <= n.End))
            {
                if (chinese)
                {
                    var typed = folded[start..end];
                    alternatives.AddRange(entry.Chinese.Where(f => f != typed).Select(ChineseName).OfType<Query>().Select(q => Boosted(q, SynonymBoost)));
                }
                if (portuguese)
                {
                    alternatives.AddRange(entry.PortugueseText.Select(f => Phrase(SearchFields.Portuguese, f)).OfType<Query>().Select(q => Boosted(q, BridgeBoost)));
                }
            }
            concepts.Add(Concept(alternatives, portuguese ? word.Term : null) with { Parts = chinese ? Parts(text, word) : null });
            if (chinese)
            {
                lifts.Add(Boosted(new TermQuery(new Term(SearchFields.ChineseTitleWords, word.Term)), ChineseTitleBoost));
            }
            needles.Add(word.Term);
        }
        var segments = phrases.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            if (Words(segment).Count > 1 && Phrase(SearchFields.ChineseBigrams, segment) is PhraseQuery run)
            {
                lifts.Add(Boosted(run, PhraseBoost));
            }
            needles.Add(SearchFolding.Fold(segment));
        }
        // A single character or a name the dictionary lacks may be split otherwise in a text: the exact run of
        // characters (a phrase of bigrams) finds it whatever the words around it.
        var unknown = words.Any(w => w.Term.Length == 1 || !(w.Term.All(char.IsAsciiLetterOrDigit) || ChineseDictionary.Shared.Contains(w.Term)));
        var runQuery = chinese && unknown && segments.Length == 1 ? Phrase(SearchFields.ChineseBigrams, segments[0]) : null;
        return new QueryUnit(concepts, runQuery);
    }

    private QueryUnit? LatinUnit(string unit, bool chinese, bool portuguese, bool dropQuestions, List<string> chineseNeedles, List<string> portugueseNeedles, List<Query> lifts)
    {
        // Portuguese analysis decides what a Latin part is, whatever the scope: a stop word ("de") or a question
        // word ("onde") is left out in Chinese too, where it would otherwise have to be in a Chinese text.
        var stems = analysis.Tokens(SearchFields.Portuguese, unit);
        if (dropQuestions && (stems.Count == 0 || QuestionWords.IsPortugueseQuestionWord(unit)))
        {
            return null;
        }
        var alternatives = new List<Query>();
        if (chinese && Words(unit) is { Count: > 0 } words)
        {
            var every = new BooleanQuery(disableCoord: true);
            foreach (var word in words)
            {
                every.Add(new TermQuery(new Term(SearchFields.ChineseWords, word.Term)), Occur.MUST);
            }
            alternatives.Add(every);
            chineseNeedles.AddRange(words.Select(w => w.Term));
        }
        var typed = new List<QueryConcept.Typed>();
        if (portuguese)
        {
            foreach (var stem in stems.DistinctBy(t => t.Term))
            {
                typed.Add(new QueryConcept.Typed(stem.Term, unit[stem.Start..stem.End]));
                lifts.Add(Boosted(new TermQuery(new Term(SearchFields.PortugueseTitle, stem.Term)), PortugueseTitleBoost));
            }
            if (stems.Count > 1 && Phrase(SearchFields.Portuguese, unit) is PhraseQuery run)
            {
                lifts.Add(Boosted(run, PhraseBoost));
            }
            portugueseNeedles.AddRange(typed.Select(t => t.Stem));
        }
        return alternatives.Count > 0 || typed.Count > 0
            ? new QueryUnit([new QueryConcept(alternatives, typed, stems.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList())], null)
            : null;
    }

    /// <summary>Portuguese names of the bridge found in the query also look for their Chinese names (when Chinese texts are searched).</summary>
    private List<NameBridge> BridgeFromPortuguese(List<QueryUnit> plan)
    {
        var latin = plan.SelectMany(u => u.Concepts).Where(c => c.LatinStems is { Count: > 0 }).ToList();
        var stems = latin.SelectMany(c => c.LatinStems!).ToHashSet(StringComparer.Ordinal);
        var bridges = new List<NameBridge>();
        foreach (var (entry, form) in bridge.InPortuguese(stems))
        {
            var chinese = entry.Chinese.Select(ChineseName).OfType<Query>().Select(q => Boosted(q, BridgeBoost)).ToList();
            var covered = latin.Where(c => c.LatinStems!.All(p => form.Contains(p, StringComparer.Ordinal))).ToList();
            foreach (var concept in covered)
            {
                concept.Bridged.AddRange(chinese);
            }
            if (covered.Count > 0 && chinese.Count > 0)
            {
                bridges.Add(new NameBridge(covered, chinese));
            }
        }
        return bridges;
    }

    /// <summary>
    /// A Chinese name: its word when the dictionary knows it whole, otherwise its exact run of characters (a phrase
    /// of bigrams). All of its words would match nearly every text that holds a longer name made of them (苏澳园区 is
    /// 苏澳 and 园区, parts of 苏澳合作园区): more matches to score, and less precise; a bigram only the name holds
    /// (澳园) keeps the phrase to the few texts that write it.
    /// </summary>
    private Query? ChineseName(string name)
    {
        var words = Words(name);
        return words.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(SearchFields.ChineseWords, words[0].Term)),
            _ => Phrase(SearchFields.ChineseBigrams, name),
        };
    }

    /// <summary>A concept from its Chinese alternatives and, when Portuguese texts are searched, a Chinese word's characters there.</summary>
    private QueryConcept Concept(List<Query> alternatives, string? portugueseText)
    {
        var typed = portugueseText is null ? [] : analysis.Tokens(SearchFields.Portuguese, portugueseText)
            .Select(t => new QueryConcept.Typed(t.Term, portugueseText[t.Start..t.End])).DistinctBy(t => t.Stem).ToList();
        return new QueryConcept(alternatives, typed);
    }

    /// <summary>
    /// The shorter words search mode finds inside <paramref name="word"/>, all required, when together they cover
    /// every character of it (实习 + 补贴 for 实习补贴, not 夏令 alone for 夏令营: a text with 夏令 only is not about it).
    /// </summary>
    private Query? Parts(string text, AnalyzedToken word)
    {
        if (word.Term.Length < 3)
        {
            return null;
        }
        var inside = analysis.Tokens(SearchFields.ChineseWords, text[word.Start..word.End])
            .Where(t => t.End - t.Start < word.End - word.Start && t.Term.Length > 1)
            .DistinctBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
        var covered = new bool[word.End - word.Start];
        foreach (var part in inside)
        {
            Array.Fill(covered, true, part.Start, part.End - part.Start);
        }
        if (inside.Count < 2 || covered.Contains(false))
        {
            return null;
        }
        var all = new BooleanQuery(disableCoord: true);
        foreach (var part in inside)
        {
            all.Add(new TermQuery(new Term(SearchFields.ChineseWords, part.Term)), Occur.MUST);
        }
        return Boosted(all, PartsBoost);
    }

    /// <summary>The words of a query part: jieba's route, without the parts search mode adds (港澳同胞, not also 港澳).</summary>
    private List<AnalyzedToken> Words(string unit)
    {
        var tokens = analysis.Tokens(SearchFields.ChineseWords, unit);
        return tokens
            .Where(t => !tokens.Any(o => o.Start <= t.Start && o.End >= t.End && o.End - o.Start > t.End - t.Start))
            .DistinctBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
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
        var query = new BooleanQuery(disableCoord: true);
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
            if (flat.Boost != 1)
            {
                // The clause may be shared by the strict and the relaxed query: boost a copy.
                only = (Query)only.Clone();
                only.Boost *= flat.Boost;
            }
            return only;
        }
        return flat;
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
