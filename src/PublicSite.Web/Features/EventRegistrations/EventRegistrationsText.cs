namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>Marker for the registrations' UI strings in <c>Resources/Features/EventRegistrations/EventRegistrationsText.&lt;culture&gt;.resx</c>.</summary>
public sealed class EventRegistrationsText;
