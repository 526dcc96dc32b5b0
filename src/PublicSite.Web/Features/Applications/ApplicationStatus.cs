namespace PublicSite.Web.Features.Applications;

/// <summary>Where an application stands: submitted → under review → shortlisted → accepted / not accepted.</summary>
public enum ApplicationStatus
{
    Submitted,
    UnderReview,
    Shortlisted,
    Accepted,
    NotAccepted,
}
