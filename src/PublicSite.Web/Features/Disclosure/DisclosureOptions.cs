using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Disclosure;

public sealed class DisclosureOptions
{
    public const string SectionName = "Disclosure";

    /// <summary>How often counted page views are written to the database.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ViewFlushInterval { get; set; } = TimeSpan.FromSeconds(10);
}
