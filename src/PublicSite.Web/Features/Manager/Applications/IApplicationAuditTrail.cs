namespace PublicSite.Web.Features.Manager.Applications;

/// <summary>
/// Where reviewers' actions on applications are recorded (status changes, CV downloads, CSV exports). The
/// manager's audit log takes this over when it exists; until then entries go to the application log.
/// </summary>
public interface IApplicationAuditTrail
{
    Task RecordAsync(ApplicationAuditEntry entry, CancellationToken cancellationToken);
}
