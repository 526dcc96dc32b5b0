using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Inspection;

/// <summary>Settings of the daily inspection check (section <c>Inspection</c>).</summary>
public sealed class InspectionOptions
{
    public const string SectionName = "Inspection";

    /// <summary>China time after which the day's check runs (before the office opens, so the mail is there at 9).</summary>
    public TimeOnly DailyAt { get; set; } = new(7, 30);

    /// <summary>How often the job wakes to see whether the day's check is due.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan WakeInterval { get; set; } = TimeSpan.FromMinutes(30);
}
