using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// The phrase boost, applied to the best candidates only (as Lucene's QueryRescorer does): finding phrases
/// means reading positions, which over every match of a common word would cost more than the whole search.
/// A candidate whose words stand together gains the phrase's score.
/// </summary>
internal static class PhraseRescorer
{
    /// <summary>How many of the best candidates are looked at again.</summary>
    public const int Window = 100;

    private const float Weight = 1.5f;

    public static IReadOnlyList<FacetingCollector.Candidate> Rescore(
        IndexSearcher searcher, IReadOnlyList<FacetingCollector.Candidate> candidates, IReadOnlyList<Query> phrases, Func<FacetingCollector.Candidate, FacetingCollector.Candidate, int> order)
    {
        if (phrases.Count == 0 || candidates.Count < 2)
        {
            return candidates;
        }
        var bonus = new Dictionary<int, float>();
        foreach (var phrase in phrases)
        {
            var weight = searcher.CreateNormalizedWeight(phrase);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var inLeaf = candidates.Select(c => c.Doc - leaf.DocBase).Where(d => d >= 0 && d < leaf.Reader.MaxDoc).Order().ToList();
                var scorer = inLeaf.Count == 0 ? null : weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null)
                {
                    continue;
                }
                foreach (var doc in inLeaf)
                {
                    var at = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
                    if (at == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }
                    if (at == doc)
                    {
                        bonus[leaf.DocBase + doc] = bonus.GetValueOrDefault(leaf.DocBase + doc) + (Weight * scorer.GetScore());
                    }
                }
            }
        }
        return candidates
            .Select(c => bonus.TryGetValue(c.Doc, out var extra) ? c with { Score = c.Score + extra } : c)
            .Order(Comparer<FacetingCollector.Candidate>.Create((a, b) => order(a, b)))
            .ToList();
    }
}
