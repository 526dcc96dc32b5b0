namespace PublicSite.Search.Querying;

/// <summary>What a reader asked for: the words as typed, where to look, filters, order and page.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    /// <summary>Cultures searched (<c>zh-CN</c>, <c>pt-PT</c>); empty means both.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Content type key (<c>disclosure</c>, <c>news</c>…), or null for all.</summary>
    public string? Type { get; init; }

    public int? Year { get; init; }

    /// <summary>Issuing body key (taxonomy <c>organisations</c>).</summary>
    public string? IssuingBody { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;
}
