namespace PublicSite.Web.Features.Applications;

/// <summary>The steps an application goes through, and which step may follow which.</summary>
public static class ApplicationStatusFlow
{
    /// <summary>The steps shown to the applicant, in order; the last is one of the two outcomes.</summary>
    public static IReadOnlyList<ApplicationStatus> Path { get; } =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.Shortlisted];

    public static bool IsFinal(ApplicationStatus status) => status is ApplicationStatus.Accepted or ApplicationStatus.NotAccepted;

    /// <summary>Forward only, and "not accepted" at any point of the review; a decision is final.</summary>
    public static IReadOnlyList<ApplicationStatus> Next(ApplicationStatus current) => current switch
    {
        ApplicationStatus.Submitted => [ApplicationStatus.UnderReview, ApplicationStatus.NotAccepted],
        ApplicationStatus.UnderReview => [ApplicationStatus.Shortlisted, ApplicationStatus.NotAccepted],
        ApplicationStatus.Shortlisted => [ApplicationStatus.Accepted, ApplicationStatus.NotAccepted],
        _ => [],
    };

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => Next(from).Contains(to);
}
