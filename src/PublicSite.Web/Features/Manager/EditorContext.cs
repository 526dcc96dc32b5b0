using System.Security.Claims;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Features.Manager;

/// <summary>Who is acting in the manager, and from where, for the audit log and the four-eyes rule.</summary>
public sealed class EditorContext(IHttpContextAccessor accessor)
{
    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No request.");

    public ClaimsPrincipal User => Http.User;

    public string Name => User.Identity?.Name ?? "anonymous";

    public string? IpAddress => Http.Connection.RemoteIpAddress?.ToString();

    public bool IsPublisher => User.IsInRole(EditorRoles.Publisher) || User.IsInRole(EditorRoles.Administrator);

    public bool IsAdministrator => User.IsInRole(EditorRoles.Administrator);
}
