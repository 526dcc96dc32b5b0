namespace PublicSite.Web.Features.InformationRequests.Manager;

/// <summary>Where a request stands, as a resource key shared by the office's pages and the applicant's.</summary>
public static class DetailState
{
    public static string Key(InformationRequest request) => request switch
    {
        { PurgedAt: not null } => "State_Purged",
        { Decision: { } decision } => "Decision_" + decision,
        { AwaitsCorrection: true } => "State_AwaitingCorrection",
        _ => "State_InProgress",
    };
}
