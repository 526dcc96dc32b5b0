namespace PublicSite.Web.Features.Inspection;

/// <summary>A link in a public page's body, or an attachment, that leads a reader nowhere.</summary>
public sealed record BrokenLink(Guid ItemId, string Language, string Title, string Target, BrokenLinkReason Reason);

public enum BrokenLinkReason
{
    /// <summary>The page linked to was withdrawn.</summary>
    Withdrawn,

    /// <summary>The page linked to has passed its expiry time.</summary>
    Expired,

    /// <summary>The page linked to was deleted.</summary>
    Deleted,

    /// <summary>The page linked to exists but was never published (a draft or one in review).</summary>
    NotPublished,

    /// <summary>Nothing has ever lived at the address.</summary>
    NotFound,

    /// <summary>An attachment or linked media file whose file is not in the media library.</summary>
    FileMissing,
}
