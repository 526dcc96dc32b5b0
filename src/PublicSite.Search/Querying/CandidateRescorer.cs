using Lucene.Net.Search;

namespace PublicSite.Search.Querying;

/// <summary>
/// The second ranking phase, on the best candidates only (as Lucene's QueryRescorer does): title words and words
/// standing together lift a candidate by their score. Scoring them over every match would read a title field and
/// positions for each of the tens of thousands of documents a common word matches; the first phase already ranks
/// by the text, so the best of it is where a title or a phrase can change the order a reader sees. After a relaxed
/// search, candidates are ordered first by whether they match the strict query (when some text does) and then by
/// how many of the query's concepts they hold, so that a lift never puts a document missing a word above one
/// holding them all.
/// </summary>
internal static class CandidateRescorer
{
    /// <summary>How many of the best candidates are looked at again, at least.</summary>
    public const int Window = 100;

    public static IReadOnlyList<FacetingCollector.Candidate> Rescore(
        IndexSearcher searcher, IReadOnlyList<FacetingCollector.Candidate> candidates, IReadOnlyList<Query> lifts,
        IReadOnlyList<Query> concepts, Query? first, Func<FacetingCollector.Candidate, FacetingCollector.Candidate, int> order)
    {
        if ((lifts.Count == 0 && concepts.Count == 0 && first is null) || candidates.Count < 2)
        {
            return candidates;
        }
        var byLeaf = searcher.IndexReader.Leaves
            .Select(leaf => (leaf, docs: candidates.Select(c => c.Doc - leaf.DocBase).Where(d => d >= 0 && d < leaf.Reader.MaxDoc).Order().ToList()))
            .Where(x => x.docs.Count > 0)
            .ToList();
        var bonus = new Dictionary<int, float>();
        foreach (var lift in lifts)
        {
            Visit(searcher, lift, byLeaf, (doc, score) => bonus[doc] = bonus.GetValueOrDefault(doc) + score);
        }
        var coverage = new Dictionary<int, int>();
        foreach (var concept in concepts)
        {
            Visit(searcher, concept, byLeaf, (doc, _) => coverage[doc] = coverage.GetValueOrDefault(doc) + 1);
        }
        if (first is not null)
        {
            // Above any count of concepts: a text holding every word as typed before one holding them otherwise.
            Visit(searcher, first, byLeaf, (doc, _) => coverage[doc] = coverage.GetValueOrDefault(doc) + concepts.Count + 1);
        }
        return candidates
            .Select(c => bonus.TryGetValue(c.Doc, out var extra) ? c with { Score = c.Score + extra } : c)
            .Order(Comparer<FacetingCollector.Candidate>.Create((a, b) =>
            {
                var pinned = b.Pinned.CompareTo(a.Pinned);
                var covered = pinned != 0 ? pinned : coverage.GetValueOrDefault(b.Doc).CompareTo(coverage.GetValueOrDefault(a.Doc));
                return covered != 0 ? covered : order(a, b);
            }))
            .ToList();
    }

    private static void Visit(IndexSearcher searcher, Query query, List<(Lucene.Net.Index.AtomicReaderContext Leaf, List<int> Docs)> byLeaf, Action<int, float> found)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var (leaf, docs) in byLeaf)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }
            foreach (var doc in docs)
            {
                var at = scorer.DocID < doc ? scorer.Advance(doc) : scorer.DocID;
                if (at == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }
                if (at == doc)
                {
                    found(leaf.DocBase + doc, scorer.GetScore());
                }
            }
        }
    }
}
