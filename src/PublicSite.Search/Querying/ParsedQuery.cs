using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// A query built from user input: its parts and concepts (from which the strict query, every concept required,
/// and the relaxed one, ranked by coverage, are built), the exact-number look-up (null unless the input looks like
/// one), the queries that lift the best candidates afterwards (title words, words standing together; each with its
/// boost), and what snippets should mark in each language.
/// </summary>
internal sealed record ParsedQuery(
    IReadOnlyList<QueryUnit> Units,
    Query? FullText,
    Query? Exact,
    IReadOnlyList<Query> Lifts,
    IReadOnlyList<string> ChineseNeedles,
    IReadOnlyList<string> PortugueseNeedles,
    IReadOnlyList<NameBridge> Bridges)
{
    public IEnumerable<QueryConcept> Concepts => Units.SelectMany(u => u.Concepts);

    /// <summary>
    /// A relaxed search could find more: several concepts (some may be missing), a Chinese compound whose words a
    /// text may write apart, or a word long enough to correct.
    /// </summary>
    public bool Relaxable => Widenable || Concepts.Any(c => c.Portuguese.Any(p => p.Word.Length >= TypoCorrection.MinLength));

    /// <summary>Texts not holding every concept as typed may still answer: several concepts, or a compound's words apart.</summary>
    public bool Widenable => Concepts.Skip(1).Any() || Concepts.Any(c => c.Parts is not null);
}
