using System.ComponentModel;

namespace PublicSite.Web.Features.Api;

[Description("A file attached to an item.")]
public sealed record ApiAttachment(
    [property: Description("Title in the item's language (the Chinese title where no Portuguese one was given), else the file name.")] string? Title,
    [property: Description("Path of the file in the media library (e.g. files/report.pdf).")] string File,
    [property: Description("Absolute download URL; stable for the life of the file.")] string Url,
    [property: Description("Media type (application/pdf…).")] string ContentType,
    [property: Description("Size in bytes; null when the file is missing from the media library.")] long? Size,
    [property: Description("SHA-256 of the file as lower-case hex; null when the file is missing.")] string? Sha256);
