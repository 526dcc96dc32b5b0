namespace PublicSite.Web.Features.Manager.Applications;

/// <summary>The audit trail until the manager's audit log is merged: structured entries in the application log.</summary>
internal sealed class LoggedApplicationAuditTrail(ILogger<LoggedApplicationAuditTrail> logger) : IApplicationAuditTrail
{
    public Task RecordAsync(ApplicationAuditEntry entry, CancellationToken cancellationToken)
    {
        logger.LogInformation("Audit: {User} {Action} {Subject} {Details}", entry.User, entry.Action, entry.Subject, entry.Details);
        return Task.CompletedTask;
    }
}
