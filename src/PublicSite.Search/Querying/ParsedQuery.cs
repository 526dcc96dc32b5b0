using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// A query built from user input: the full-text query (null when nothing searchable was typed), the exact-number
/// look-up (null unless the input looks like one), the phrases that lift the best results when the words stand
/// together, and what snippets should mark in each language.
/// </summary>
internal sealed record ParsedQuery(
    Query? FullText,
    Query? Exact,
    IReadOnlyList<Query> Phrases,
    IReadOnlyList<string> ChineseNeedles,
    IReadOnlyList<string> PortugueseNeedles);
