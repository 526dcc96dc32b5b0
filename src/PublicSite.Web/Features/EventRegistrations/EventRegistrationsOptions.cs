using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>Settings of the events' registrations (section <c>EventRegistrations</c>).</summary>
public sealed class EventRegistrationsOptions
{
    public const string SectionName = "EventRegistrations";

    /// <summary>Days after an event ends before its registrations and their personal data are deleted.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;

    /// <summary>How often the purge runs.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(6);
}
