using Lucene.Net.Search.Similarities;

namespace PublicSite.Search.Querying;

/// <summary>
/// BM25 for every term; for a query whose coordination is on (only the relaxed query's, <see cref="SearchQueryBuilder.Relaxed"/>),
/// each concept a document lacks divides its score by a thousand, so that the best candidates are those holding the
/// most concepts, whatever their words' frequencies. Every other query the site builds disables coordination.
/// </summary>
internal sealed class CoverageSimilarity : BM25Similarity
{
    private const float PerMissing = 1e-3f;

    public override float Coord(int overlap, int maxOverlap) =>
        overlap >= maxOverlap ? 1 : MathF.Max(MathF.Pow(PerMissing, maxOverlap - overlap), 1e-30f);
}
