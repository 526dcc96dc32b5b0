namespace PublicSite.Cms.Disclosure;

/// <summary>How many times a content item's public page was read (浏览次数), flushed in batches.</summary>
public sealed class ViewCount
{
    public Guid ItemId { get; set; }

    public long Count { get; set; }
}
