namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>One person an enterprise sends to the event.</summary>
public sealed record Participant(string Name, string Role);
