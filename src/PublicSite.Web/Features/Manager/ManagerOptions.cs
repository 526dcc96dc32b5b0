namespace PublicSite.Web.Features.Manager;

public sealed class ManagerOptions
{
    public const string SectionName = "Manager";

    /// <summary>Let a publisher approve their own change (off: the four-eyes rule).</summary>
    public bool AllowSelfApproval { get; set; }

    /// <summary>The largest file the media library accepts.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;
}
