using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Tests.Import;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager.Import;

/// <summary>Word notices through the manager: upload, review beside the original, a draft through the normal workflow.</summary>
public sealed class NoticeImportTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public NoticeImportTests(SiteFactory site) => _site = site;

    private static async Task<HttpResponseMessage> UploadAsync(ManagerClient client, byte[] docx, string fileName, string lang = "zh", Guid? item = null)
    {
        var page = await client.GetPageAsync("/manager/import");
        var token = page.QuerySelector("#import-upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(lang), "lang" },
            { new StringContent(item?.ToString() ?? ""), "item" },
            { new ByteArrayContent(docx), "file", fileName },
        };
        return await client.Http.PostAsync("/manager/import?handler=Upload", form);
    }

    /// <summary>Posts the review form as a browser would: every input and selected option, with the editor's changes.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(ManagerClient client, IHtmlDocument review, Dictionary<string, string> changes)
    {
        var form = (IHtmlFormElement)review.QuerySelector("#import-save")!;
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Name is not null).ToDictionary(i => i.Name!, i => i.Value);
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
        {
            values[select.Name!] = select.Value ?? "";
        }
        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }
        return await client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    private Task<T> InDatabaseAsync<T>(Func<CmsDbContext, Task<T>> query) =>
        _site.WithServicesAsync(s => query(s.GetRequiredService<CmsDbContext>()));

    private int StagedCount()
    {
        var folder = Path.Combine(_site.DataDirectory, "imports");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Count() : 0;
    }

    private Task<int> ItemCountAsync() => InDatabaseAsync(db => db.Items.CountAsync());

    [Fact]
    public async Task The_seed_notice_in_Word_becomes_a_draft_whose_fields_and_body_match_the_seed()
    {
        var root = SeedNoticeDocx.RepositoryRoot();
        var seed = SeedNoticeDocx.Seed(root);
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);

        var upload = await UploadAsync(editor, SeedNoticeDocx.Bytes(root), "常港发〔2017〕1号.docx");
        var review = await SiteFactory.ParseAsync(upload);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        Assert.Equal(seed.Title, review.QuerySelector("#field-title")!.GetAttribute("value"));
        Assert.Equal("fao", ((IHtmlSelectElement)review.QuerySelector("#field-issuingBody")!).Value);
        Assert.Equal("notice", ((IHtmlSelectElement)review.QuerySelector("#field-genre")!).Value);
        Assert.Equal("2017-05-05", review.QuerySelector("#field-dateCreated")!.GetAttribute("value"));
        Assert.Contains("市港澳工作协调小组各成员单位", review.QuerySelector("dl.recognised")!.TextContent, StringComparison.Ordinal);
        var rows = review.QuerySelectorAll("table.import-review tbody tr");
        Assert.Contains(rows, r => r.GetAttribute("data-part") == "Heading" && r.TextContent.Contains("### 一、加强港澳工作组织领导", StringComparison.Ordinal));
        Assert.Empty(review.QuerySelectorAll("tr.unrecognised"));

        var saved = await SaveAsync(editor, review, new() { ["f.category"] = "plans", ["f.subject"] = "hk-macau" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var itemId = Guid.Parse(System.Web.HttpUtility.ParseQueryString(saved.Headers.Location!.OriginalString.Split('?')[1])["item"]!);
        var item = await InDatabaseAsync(db => db.Items.Include(i => i.Variants).SingleAsync(i => i.Id == itemId));
        var variant = Assert.Single(item.Variants);
        Assert.Equal(VariantState.Draft, variant.State);
        Assert.Equal(seed.Title, variant.Title);
        Assert.Equal(seed.Body, variant.Body);
        var fields = ContentFields.Read<DisclosedDocument>(item.SharedFields, null);
        foreach (var name in new[] { "documentNumber", "issuingBody", "category", "subject", "genre", "dateCreated", "publicationDate" })
        {
            Assert.Equal(seed.Shared[name]!.GetValue<string>(), ContentFields.Parse(item.SharedFields)[name]!.GetValue<string>());
        }
        Assert.Equal(DisclosureMethod.Proactive, fields.DisclosureMethod);
        Assert.Matches(@"^014109568/2017-\d{5}$", fields.IndexNumber);
        Assert.True(await InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == editor.Email && a.Action == AuditActions.Save && a.Subject!.Contains(itemId.ToString()))));
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Browser().GetAsync("/zh/disclosure/" + Slug.FromIndexNumber(fields.IndexNumber))).StatusCode);
    }

    [Fact]
    public async Task A_picture_in_the_notice_lands_in_the_media_library_and_the_body_links_it()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var docx = new NoticeDocx().Centered("常港发〔2019〕3号").Title("关于苏澳合作园区总体规划的公示")
            .Flush("各有关单位：").Paragraph("规划范围见下图。").Image(NoticeDocx.TinyPng(), "园区规划范围图")
            .Right("常州市人民政府港澳事务办公室").Right("2019年6月3日").Bytes();

        var review = await SiteFactory.ParseAsync(await UploadAsync(editor, docx, "规划公示.docx"));
        Assert.Equal("hkmao", ((IHtmlSelectElement)review.QuerySelector("#field-issuingBody")!).Value);
        var saved = await SaveAsync(editor, review, new() { ["f.category"] = "notices" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var file = await InDatabaseAsync(db => db.MediaFiles.SingleAsync(f => f.Folder == "notices" && f.UploadedBy == editor.Email));
        Assert.Equal("image/png", file.ContentType);
        var body = await InDatabaseAsync(db => db.Variants.Where(v => v.Title == "关于苏澳合作园区总体规划的公示").Select(v => v.Body).SingleAsync());
        Assert.Contains($"![园区规划范围图](/media/{file.Path})", body, StringComparison.Ordinal);
        Assert.Equal(NoticeDocx.TinyPng(), await (await editor.Http.GetAsync("/media/" + file.Path)).Content.ReadAsByteArrayAsync());
    }

    public static TheoryData<string, string, string> RefusedFiles() => new()
    {
        { "broken", "notice.docx", "文件已损坏" },
        { "encrypted", "notice.docx", "文件已加密" },
        { "macros", "notice.docm", "文件含有宏" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Broken_encrypted_and_macro_enabled_files_are_refused_with_a_clear_message_and_nothing_saved(string kind, string fileName, string message)
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var notice = new NoticeDocx().Title("关于印发工作要点的通知").Paragraph("正文。");
        var bytes = kind switch { "broken" => notice.Truncated(), "encrypted" => NoticeDocx.Encrypted(), _ => notice.WithMacros().Bytes() };
        var items = await ItemCountAsync();
        var files = await InDatabaseAsync(db => db.MediaFiles.CountAsync());
        var staged = StagedCount();

        var response = await UploadAsync(editor, bytes, fileName);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var alert = (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains(message, alert, StringComparison.Ordinal);
        Assert.Contains("未保存任何内容", alert, StringComparison.Ordinal);
        Assert.Equal(items, await ItemCountAsync());
        Assert.Equal(files, await InDatabaseAsync(db => db.MediaFiles.CountAsync()));
        Assert.Equal(staged, StagedCount());
    }

    [Fact]
    public async Task A_refusal_is_worded_in_the_editors_language()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        await editor.PostFormAsync("/manager/import", "form[action='/manager/language']", new() { ["to"] = "pt", ["returnUrl"] = "/manager/import" });

        var response = await UploadAsync(editor, NoticeDocx.Encrypted(), "aviso.docx");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("está cifrado", (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_the_catalogue_rules_refuse_is_not_saved_and_the_review_is_kept()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var review = await SiteFactory.ParseAsync(await UploadAsync(editor, SeedNoticeDocx.Bytes(SeedNoticeDocx.RepositoryRoot()), "notice.docx"));
        var items = await ItemCountAsync();

        var refused = await SaveAsync(editor, review, new() { ["f.category"] = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await SiteFactory.ParseAsync(refused);
        Assert.NotNull(page.QuerySelector(".field--error #field-category"));
        Assert.NotNull(page.QuerySelector("table.import-review"));
        Assert.Equal(items, await ItemCountAsync());
    }

    [Fact]
    public async Task A_Portuguese_notice_is_saved_as_the_draft_translation_of_an_existing_document()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var before = await InDatabaseAsync(db => db.Items.Where(i => i.Key == "2019-fao-functions").Select(i => new { i.Id, i.SharedFields }).SingleAsync());
        var (itemId, sharedBefore) = (before.Id, before.SharedFields);
        var docx = new NoticeDocx().Title("Atribuições do Gabinete dos Assuntos Externos do Município de Changzhou")
            .Paragraph("O Gabinete coordena os assuntos de Hong Kong e Macau.").Right("5 de Maio de 2019").Bytes();

        var review = await SiteFactory.ParseAsync(await UploadAsync(editor, docx, "atribuicoes.docx", "pt", itemId));
        var saved = await SaveAsync(editor, review, []);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var portuguese = await InDatabaseAsync(db => db.Variants.SingleAsync(v => v.ItemId == itemId && v.Language == "pt-PT"));
        Assert.Equal(VariantState.Draft, portuguese.State);
        Assert.Equal("Atribuições do Gabinete dos Assuntos Externos do Município de Changzhou", portuguese.Title);
        Assert.StartsWith("O Gabinete coordena os assuntos de Hong Kong e Macau.", portuguese.Body, StringComparison.Ordinal);
        Assert.Equal(sharedBefore, await InDatabaseAsync(db => db.Items.Where(i => i.Id == itemId).Select(i => i.SharedFields).SingleAsync()));
    }

    [Fact]
    public async Task Only_signed_in_editors_reach_the_import()
    {
        var response = await ManagerClient.Anonymous(_site).Http.GetAsync("/manager/import");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/manager/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
