namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>A registration has a seat, or waits for one; stored by name, shown through the <c>Status_*</c> strings.</summary>
public enum RegistrationStatus
{
    Confirmed,
    WaitingList,
}
