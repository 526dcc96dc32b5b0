using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Delivery;

public sealed class PageCacheOptions
{
    public const string SectionName = "PageCache";

    /// <summary>Serve public pages, feeds, the sitemap and API answers from memory until a change evicts them.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest any entry lives even if nothing changes: bounds how far a shown view count and a call's
    /// "open / days left" (which follow from the clock, not from an event) can lag.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxEntryLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the outbox is read for changes this process did not make itself.</summary>
    [Range(50, 60_000)]
    public int PollIntervalMilliseconds { get; set; } = 250;

    /// <summary>Memory the cache may hold, in MB (entries are the pages' compressed bytes).</summary>
    [Range(1, 1024)]
    public int SizeLimitMegabytes { get; set; } = 32;
}
