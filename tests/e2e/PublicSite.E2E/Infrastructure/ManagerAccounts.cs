using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Manager.Accounts;
using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E.Infrastructure;

/// <summary>Manager accounts for browser tests: created straight in the site's user store, signed in through the form.</summary>
public static class ManagerAccounts
{
    /// <summary>A new account with <paramref name="role"/>, optionally deactivated as an administrator would; returns its email.</summary>
    public static async Task<string> CreateUserAsync(this SiteFixture site, string role, string password, bool deactivated = false)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@gaob.example.gov.cn";
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorUser>>();
        var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        if (deactivated)
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, EditorUser.DeactivatedUntil);
        }
        return email;
    }

    /// <summary>Signs in through the manager's form, in Chinese (the manager's default language).</summary>
    public static async Task SignInAsync(this BrowserSession session, string email, string password)
    {
        await session.GotoAsync("/manager/sign-in");
        await session.Page.GetByLabel("电子邮箱").FillAsync(email);
        await session.Page.GetByLabel("密码").FillAsync(password);
        await session.ActivateAsync(session.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }));
        await Expect(session.Page).ToHaveURLAsync(new Regex("/manager$"));
    }
}
