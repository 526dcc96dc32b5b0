using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// One thing a query names — a Chinese word, a Portuguese word (or a part such as <c>Jiangsu-Macau</c>), a single
/// character — and the ways a document may hold it: its own language's terms, the other language's through the
/// bridge, and Portuguese stems that typo correction may widen. A strict search requires every concept; a relaxed
/// one ranks documents by how many they hold. A Latin part keeps its Portuguese stems, whatever the scope, for the
/// bridge to find Portuguese names in.
/// </summary>
internal sealed record QueryConcept(List<Query> Alternatives, IReadOnlyList<QueryConcept.Typed> Portuguese, IReadOnlyList<string>? LatinStems = null)
{
    /// <summary>Chinese names reached through the bridge from a Portuguese name this concept is part of (relaxed search and coverage only; see <see cref="NameBridge"/>).</summary>
    public List<Query> Bridged { get; } = [];

    /// <summary>
    /// A Chinese compound's words together anywhere in a text (实习 and 补贴 for 实习补贴), for the second search only:
    /// a text may write the compound's words apart (实习期间的生活补贴) and still answer the query.
    /// </summary>
    public Query? Parts { get; init; }

    /// <summary>A Portuguese stem and the word as the reader typed it (typo correction looks at its length).</summary>
    public readonly record struct Typed(string Stem, string Word);
}

/// <summary>A space-separated part of the query: its concepts and, for names the dictionary lacks, the exact run of characters.</summary>
internal sealed record QueryUnit(IReadOnlyList<QueryConcept> Concepts, Query? Run);

/// <summary>
/// A Portuguese name of the bridge found in the query (the concepts of its words) and its Chinese names. The strict
/// query asks for "all these words, or the Chinese name" once, rather than adding the Chinese name to each word:
/// a name common in Chinese texts (苏澳合作园区) was otherwise scored once per word over most of the corpus.
/// </summary>
internal sealed record NameBridge(IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<Query> Chinese);
