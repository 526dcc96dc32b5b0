namespace PublicSite.Web.Features.Manager.Applications;

/// <summary>One reviewer action: who, what (e.g. <c>applications.export</c>), on which call or reference, and details without personal data.</summary>
public sealed record ApplicationAuditEntry(string? User, string Action, string Subject, string? Details = null);
