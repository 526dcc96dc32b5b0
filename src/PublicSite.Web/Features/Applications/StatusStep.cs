namespace PublicSite.Web.Features.Applications;

/// <summary>One step of an application's history, shown with its date on the applicant's status page.</summary>
public sealed class StatusStep
{
    public long Id { get; set; }

    public Guid ApplicationId { get; set; }

    public ApplicationStatus Status { get; set; }

    public DateTime At { get; set; }

    /// <summary>The reviewer's note to the applicant, sent in the status email and shown on the status page.</summary>
    public string? Note { get; set; }

    /// <summary>Who set the status (a reviewer's user name); null for the applicant's own submission.</summary>
    public string? ChangedBy { get; set; }
}
