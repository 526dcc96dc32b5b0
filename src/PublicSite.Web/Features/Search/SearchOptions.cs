using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Search;

/// <summary>Settings of site search (section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>How often the outbox is read; publish-to-searchable stays under a second at the default.</summary>
    [Range(50, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 250;

    /// <summary>
    /// How many outbox events this node's index may be behind and still be ready (<c>/healthz/ready</c>): a bulk
    /// publication is a burst of events the index takes a moment to follow.
    /// </summary>
    [Range(0, 100_000)]
    public int ReadyLagEvents { get; set; } = 50;

    [Range(5, 50)]
    public int PageSize { get; set; } = 10;

    /// <summary>Where the index lives; <c>search-index</c> under the site's data directory when empty.</summary>
    public string? IndexDirectory { get; set; }
}
