namespace PublicSite.Search.Querying;

/// <summary>One page of results with the total and the counts for each filter.</summary>
public sealed record SearchResults(
    string Query,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetCount> Types,
    IReadOnlyList<FacetCount> Years,
    IReadOnlyList<FacetCount> IssuingBodies,
    bool IndexReady)
{
    /// <summary>The query with misspelt words replaced by spellings the texts use, when some were corrected.</summary>
    public string? Suggestion { get; init; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public static SearchResults Empty(string query, int pageSize, bool indexReady) =>
        new(query, 0, 1, pageSize, [], [], [], [], indexReady);
}
