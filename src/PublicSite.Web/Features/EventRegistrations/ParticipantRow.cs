namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>One participant row of the form.</summary>
public sealed class ParticipantRow
{
    public string? Name { get; set; }
    public string? Role { get; set; }
}
