using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace PublicSite.E2E.Infrastructure;

/// <summary>Signs in to the manager through its form, in Chinese (the manager's default language).</summary>
public static class ManagerSignIn
{
    public static async Task SignInAsync(this BrowserSession session, string email, string password)
    {
        await session.GotoAsync("/manager/sign-in");
        await session.Page.GetByLabel("电子邮箱").FillAsync(email);
        await session.Page.GetByLabel("密码").FillAsync(password);
        await session.ActivateAsync(session.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登录" }));
        await Expect(session.Page).ToHaveURLAsync(new Regex("/manager$"));
    }
}
