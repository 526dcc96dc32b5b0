using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>Settings under <c>InformationRequests</c>.</summary>
public sealed class InformationRequestsOptions
{
    public const string SectionName = "InformationRequests";

    /// <summary>
    /// Days after a request is closed before its personal data are purged. Two years: an applicant may seek
    /// administrative review within 60 days (行政复议法 Art. 20) or sue within six months (行政诉讼法 Art. 46) of the
    /// answer, and the office must still hold the file while either runs; the year's counts outlive it.
    /// </summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 730;

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The font reply letters are drawn with; it must hold Chinese and Portuguese (Debian: fonts-noto-cjk).</summary>
    [Required]
    public string LetterFont { get; set; } = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
}
