namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>What became of a valid registration at the moment it was posted.</summary>
public enum RegistrationOutcome
{
    Confirmed,
    WaitingList,
    Closed,
}
