using System.Net;
using System.Text.RegularExpressions;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Delivery;

/// <summary>What must never come from the page cache: forms, previews, pages a signed-in editor sees, status links.</summary>
public sealed partial class PrivateResponseTests : IClassFixture<CachedSite>
{
    private const string OpenCall = "/zh/programmes/2027年香港澳门大学生暑期来常实习计划";

    private readonly CachedSite _site;

    public PrivateResponseTests(CachedSite site) => _site = site;

    [Fact]
    public async Task An_application_form_is_rendered_for_each_reader_with_their_own_token()
    {
        var first = await _site.Browser().GetAsync(OpenCall + "/apply");
        var second = await _site.Browser().GetAsync(OpenCall + "/apply");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.NotEqual(Token(await first.Content.ReadAsStringAsync()), Token(await second.Content.ReadAsStringAsync()));
        Assert.Null(second.Content.Headers.ContentEncoding.FirstOrDefault());
    }

    [Fact]
    public async Task A_preview_is_never_stored_and_never_shown_to_the_next_reader()
    {
        var draft = await _site.SaveNewsAsync("缓存测试：草稿预览", "zh-CN", slug: "cache-preview");
        var path = "/zh/news/cache-preview?preview=" + draft.Id;
        var editor = (await ManagerClient.AsRoleAsync(_site, "Editor")).Http;

        var preview = await editor.GetAsync(path);
        Assert.Contains("草稿预览", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var anonymous = await _site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_editor_neither_fills_nor_reads_the_cache()
    {
        var editor = (await ManagerClient.AsRoleAsync(_site, "Editor")).Http;
        await editor.GetAsync("/zh/news");
        var again = await editor.GetAsync("/zh/news");
        Assert.Null(again.Headers.Age);

        var reader = await _site.Browser().GetAsync("/zh/news");
        Assert.Null(reader.Headers.Age);
    }

    [Fact]
    public async Task A_status_link_is_never_stored()
    {
        var path = "/zh/applications/CZHM-2026-INT-00001?token=not-a-real-token";
        await _site.Browser().GetAsync(path);
        var second = await _site.Browser().GetAsync(path);
        Assert.Null(second.Headers.Age);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;
}
