using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Manager.Applications;
using PublicSite.Web.Tests.Programmes;

namespace PublicSite.Web.Tests.Manager.Applications;

/// <summary>An application site with test sign-in and an audit trail the test can read.</summary>
public static class ReviewSite
{
    public static ApplicationSite Create(RecordedAuditTrail audit) => new(builder => builder.ConfigureTestServices(services =>
    {
        services.AddAuthentication(TestSignIn.Name).AddScheme<AuthenticationSchemeOptions, TestSignIn>(TestSignIn.Name, null);
        services.AddSingleton<IApplicationAuditTrail>(audit);
    }));

    public static HttpClient As(this ApplicationSite site, string user, string roles)
    {
        var client = site.Browser();
        client.DefaultRequestHeaders.Add("X-Test-User", user);
        client.DefaultRequestHeaders.Add("X-Test-Roles", roles);
        return client;
    }
}

/// <summary>Keeps every audit entry written during a test.</summary>
public sealed class RecordedAuditTrail : IApplicationAuditTrail
{
    private readonly List<ApplicationAuditEntry> _entries = [];

    public IReadOnlyList<ApplicationAuditEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public Task RecordAsync(ApplicationAuditEntry entry, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            _entries.Add(entry);
        }
        return Task.CompletedTask;
    }
}
