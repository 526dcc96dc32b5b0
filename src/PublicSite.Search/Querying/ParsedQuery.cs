using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// A query built from user input: the full-text query that finds and first ranks the matches (null when nothing
/// searchable was typed), the exact-number look-up (null unless the input looks like one), the queries that lift
/// the best candidates afterwards (title words, words standing together; each with its boost), and what snippets
/// should mark in each language.
/// </summary>
internal sealed record ParsedQuery(
    Query? FullText,
    Query? Exact,
    IReadOnlyList<Query> Lifts,
    IReadOnlyList<string> ChineseNeedles,
    IReadOnlyList<string> PortugueseNeedles);
