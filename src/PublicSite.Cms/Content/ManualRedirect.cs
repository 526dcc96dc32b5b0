namespace PublicSite.Cms.Content;

/// <summary>
/// An address of the office's old site (or any address editors want kept) answered with a permanent redirect to a
/// page of this one. The target is the page (item and language), not its URL, so a later change of slug keeps the
/// old address working.
/// </summary>
public sealed class ManualRedirect
{
    public long Id { get; set; }

    /// <summary>The old address as a path with its query, normalised by <see cref="OldAddress.Normalise"/>.</summary>
    public required string FromPath { get; set; }

    public Guid TargetItemId { get; set; }

    /// <summary>Culture of the page redirected to, <c>zh-CN</c> or <c>pt-PT</c>.</summary>
    public required string TargetLanguage { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }
}
