using PublicSite.Cms.Content.Types;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>An event as the registration needs it: its content key, its title and page in the registrant's language, its details.</summary>
public sealed record RegistrableEvent(string Key, string Title, string PageUrl, BusinessEvent Details);
