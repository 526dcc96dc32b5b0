using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>A browser-like client of the manager: keeps its cookies and posts forms with their antiforgery token.</summary>
public sealed class ManagerClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static ManagerClient Anonymous(SiteFactory site) =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public static async Task<ManagerClient> SignedInAsync(SiteFactory site, string email, string password)
    {
        var client = Anonymous(site);
        var response = await client.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Creates a user with the role (through Identity, as an administrator would) and signs in as them.</summary>
    public static async Task<ManagerClient> AsRoleAsync(SiteFactory site, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@gaob.example.gov.cn";
        const string password = "Editor-Pa55word-Long!";
        await site.WithServicesAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<EditorUser>>();
            var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            await users.AddToRoleAsync(user, role);
            return 0;
        });
        var client = await SignedInAsync(site, email, password);
        client.Email = email;
        return client;
    }

    public string Email { get; private set; } = "";

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        PostFormAsync("/manager/sign-in", "main form", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>A destructive action (withdraw, delete, reject) as an editor takes it: through its confirmation page.</summary>
    public Task<HttpResponseMessage> ConfirmAsync(string editPath, string action, Dictionary<string, string>? fields = null) =>
        PostFormAsync(editPath.Replace("/manager/content/edit?", "/manager/content/confirm?", StringComparison.Ordinal) + "&act=" + action,
            "form.confirm-form", fields ?? new() { ["scope"] = "this" });

    public async Task<IHtmlDocument> GetPageAsync(string path) => await SiteFactory.ParseAsync(await Http.GetAsync(path));

    /// <summary>Loads <paramref name="path"/>, takes the form matching <paramref name="formSelector"/> and posts it with the given fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formSelector, Dictionary<string, string> fields)
    {
        var page = await GetPageAsync(path);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}.");
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden")
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? path : form.GetAttribute("action")!;
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
