using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// Settings of programme applications (section <c>Programmes</c>, its name from before applications were a module of
/// their own: deployed settings keep working). The submission limits in the same section are <see cref="PersonalData.PersonalDataFormOptions"/>.
/// </summary>
public sealed class ApplicationsOptions
{
    public const string SectionName = "Programmes";

    /// <summary>Days after a call closes before its applicants' personal data is purged (PIPL: no longer than needed).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 180;

    /// <summary>Largest CV accepted, in bytes.</summary>
    [Range(1024, 20 * 1024 * 1024)]
    public long CvMaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Largest post of the application form, in bytes: a CV over <see cref="CvMaxBytes"/> but under this is read to
    /// its end and refused with the form kept whole; past this, reading stops and the fields before the cut are kept.
    /// </summary>
    [Range(1024 * 1024, 1024L * 1024 * 1024)]
    public long MaxPostBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>How often the purge job looks for personal data past its retention period.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Youngest and oldest applicant on the day of submission; under 18 needs a guardian's consent.</summary>
    [Range(10, 100)]
    public int MinimumAge { get; set; } = 15;

    [Range(10, 100)]
    public int MaximumAge { get; set; } = 45;

    /// <summary>Who answers applicants' questions about their personal data, shown in the notice beside the consents.</summary>
    public string PrivacyContact { get; set; } = "hkmao@changzhou.gov.cn, +86 519 8568 2512";
}
