using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>Each role × each content action, decided on the server whatever the buttons on screen.</summary>
public sealed class PermissionMatrixTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public PermissionMatrixTests(SiteFactory site) => _site = site;

    /// <summary>A published news item written by someone else, so four-eyes never decides these cases.</summary>
    private async Task<Guid> PublishedItemAsync() => await _site.WithServicesAsync(async s =>
    {
        var content = s.GetRequiredService<ContentService>();
        var variant = await content.SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = "zh-CN", Title = "权限测试新闻" + Guid.NewGuid().ToString("N")[..6],
            Fields = new NewsArticle { Date = new DateOnly(2026, 11, 1) },
        }, "someone-else@gaob.example.gov.cn", null, default);
        await content.PublishAsync(variant.Id, "someone-else@gaob.example.gov.cn", null, null, default);
        return variant.ItemId;
    });

    [Theory]
    [InlineData(EditorRoles.Editor, "save", true)]
    [InlineData(EditorRoles.Editor, "submit", true)]
    [InlineData(EditorRoles.Editor, "publish", false)]
    [InlineData(EditorRoles.Editor, "withdraw", false)]
    [InlineData(EditorRoles.Editor, "delete", false)]
    [InlineData(EditorRoles.Editor, "restore", false)]
    [InlineData(EditorRoles.Publisher, "save", true)]
    [InlineData(EditorRoles.Publisher, "publish", true)]
    [InlineData(EditorRoles.Publisher, "withdraw", true)]
    [InlineData(EditorRoles.Publisher, "delete", true)]
    [InlineData(EditorRoles.Administrator, "withdraw", true)]
    [InlineData(EditorRoles.Administrator, "delete", true)]
    public async Task Content_actions_are_allowed_or_refused_by_role_on_the_server(string role, string action, bool allowed)
    {
        var item = await PublishedItemAsync();
        var client = await ManagerClient.AsRoleAsync(_site, role);
        var edit = await client.GetPageAsync($"/manager/content/edit?item={item}&lang=zh");
        var token = edit.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["action"] = action,
            ["f.title"] = "权限测试修改", ["f.date"] = "2026-11-01", ["body"] = "正文",
        };

        var response = await client.Http.PostAsync($"/manager/content/edit?item={item}&lang=zh", new FormUrlEncodedContent(fields));

        var denied = response.Headers.Location?.OriginalString.Contains("/manager/denied", StringComparison.Ordinal) == true;
        Assert.Equal(!allowed, denied);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task Only_an_administrator_restores_a_deleted_item()
    {
        var item = await PublishedItemAsync();
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);
        var admin = await ManagerClient.SignedInAsync(_site, SiteFactory.AdminEmail, SiteFactory.AdminPassword);
        await publisher.ConfirmAsync($"/manager/content/edit?item={item}&lang=zh", "delete");

        var byPublisher = await publisher.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", "main form.stacked-form", new() { ["action"] = "restore" });
        var byAdmin = await admin.PostFormAsync($"/manager/content/edit?item={item}&lang=zh", "main form.stacked-form", new() { ["action"] = "restore" });

        Assert.Equal(HttpStatusCode.BadRequest, byPublisher.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byAdmin.StatusCode);
    }
}
