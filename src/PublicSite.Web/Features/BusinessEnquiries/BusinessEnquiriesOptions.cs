using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>Settings of the enterprises' enquiries (section <c>BusinessEnquiries</c>).</summary>
public sealed class BusinessEnquiriesOptions
{
    public const string SectionName = "BusinessEnquiries";

    /// <summary>Days after receipt before an enquiry and its contact data are deleted (PIPL: no longer than needed).</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often the purge runs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);
}
