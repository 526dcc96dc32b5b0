using System.Net;
using System.Text;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Manager;

public sealed class MediaLibraryTests : IClassFixture<SiteFactory>
{
    private static readonly byte[] Pdf = TinyPdf.Bytes();

    private readonly SiteFactory _site;

    public MediaLibraryTests(SiteFactory site) => _site = site;

    private static async Task<HttpResponseMessage> UploadAsync(ManagerClient client, byte[] bytes, string fileName, string folder = "files")
    {
        var page = await client.GetPageAsync("/manager/media");
        var token = page.QuerySelector("form[enctype] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(folder), "folder" },
            { new ByteArrayContent(bytes), "file", fileName },
        };
        return await client.Http.PostAsync("/manager/media?handler=Upload", form);
    }

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task A_real_pdf_is_stored_under_a_stable_address_and_served_as_pdf()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var response = await UploadAsync(editor, Pdf, "2026年园区规划.pdf", "notices");
        var page = await editor.GetPageAsync(response.Headers.Location!.OriginalString);
        var link = page.QuerySelectorAll("table a").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith("/media/notices/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"^/media/notices/\d{4}/2026年园区规划-[0-9a-f]{8}\.pdf$", Uri.UnescapeDataString(link));
        var download = await _site.Browser().GetAsync(link);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("report.pdf", "MZ\u0090\u0000\u0003 this is a Windows executable")]
    [InlineData("photo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("notes.docx", "%PDF-1.4 a pdf pretending to be a word file")]
    public async Task Files_whose_content_is_not_what_their_name_says_are_refused(string fileName, string content)
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var response = await UploadAsync(editor, Encoding.Latin1.GetBytes(content), fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("不接受此文件", await AlertAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotQuitePdfs.Names), MemberType = typeof(NotQuitePdfs))]
    public async Task A_file_that_only_carries_PDF_markers_is_refused_by_the_same_check_as_CVs(string kind)
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var response = await UploadAsync(editor, NotQuitePdfs.Named(kind), "notice.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("不接受此文件", await AlertAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit_named()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var large = new byte[21 * 1024 * 1024];
        Pdf.CopyTo(large, 0);

        var response = await UploadAsync(editor, large, "large.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("文件超过 20 MB 上限。", await AlertAsync(response));
    }

    [Fact]
    public async Task A_path_in_the_file_name_cannot_place_the_file_outside_the_media_folder()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var response = await UploadAsync(editor, Pdf, "../../../../etc/evil.pdf", "../../outside");
        var page = await editor.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("table a"), a => a.GetAttribute("href")!.StartsWith("/media/outside/", StringComparison.Ordinal) && a.GetAttribute("href")!.Contains("/evil-", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_site.DataDirectory, "..", "outside")));
        Assert.Empty(Directory.EnumerateFiles(_site.DataDirectory, "evil*", SearchOption.TopDirectoryOnly));
    }

    [Fact]
    public async Task A_file_still_used_by_a_document_is_not_deleted()
    {
        var publisher = await ManagerClient.AsRoleAsync(_site, EditorRoles.Publisher);

        var response = await publisher.PostFormAsync("/manager/media", "form[action*='Delete']:has(input[value='files/identity-recognition-application-form.pdf'])", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("该文件仍被内容引用，不能删除。", await AlertAsync(response));
        Assert.Equal(HttpStatusCode.OK, (await _site.Browser().GetAsync("/media/files/identity-recognition-application-form.pdf")).StatusCode);
    }
}
