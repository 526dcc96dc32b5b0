using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Applications.Manager;

/// <summary>Reviewers of an application site: real manager accounts with a role, signed in through the sign-in page.</summary>
public static class ReviewSite
{
    public const string Password = "Reviewer-Pa55word-Long!";

    /// <summary>Creates a user with <paramref name="role"/> (as an administrator would) and returns their user name.</summary>
    public static async Task<string> CreateReviewerAsync(this ApplicationSite site, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@gaob.example.gov.cn";
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    /// <summary>
    /// Signs <paramref name="email"/> in with a fresh browser. Tests that move the site's clock by days sign in again
    /// afterwards, as the manager's cookie lasts eight hours.
    /// </summary>
    public static async Task<HttpClient> SignInAsync(this ApplicationSite site, string email)
    {
        var client = new ManagerClient(site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email, Password)).StatusCode);
        return client.Http;
    }

    public static async Task<HttpClient> AsRoleAsync(this ApplicationSite site, string role) =>
        await site.SignInAsync(await site.CreateReviewerAsync(role));

    public static async Task<List<AuditEntry>> AuditAsync(this ApplicationSite site)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditTrail>().Entries.OrderBy(e => e.Id).ToListAsync();
    }
}
