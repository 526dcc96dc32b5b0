using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Media;

namespace PublicSite.Search.Tests.Sync;

public sealed class AttachmentTests : IAsyncLifetime
{
    private static readonly string SeedFiles = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "content-seed", "files"));

    private SearchHarness _site = null!;

    public async Task InitializeAsync() => _site = await SearchHarness.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task The_text_of_a_PDF_attachment_finds_its_document()
    {
        await using (var pdf = File.OpenRead(Path.Combine(SeedFiles, "park-master-plan-2019-summary.pdf")))
        {
            await _site.StoreFileAsync("files/plan.pdf", pdf);
        }
        await _site.PublishDocumentAsync("苏澳合作园区总体规划公示", "见附件。", "014109568/2019-00003",
            attachments: [new AttachmentRef { File = "files/plan.pdf", Title = "总体规划（草案）图文简介" }]);
        await _site.CatchUpAsync();

        Assert.Equal("苏澳合作园区总体规划公示", Assert.Single(_site.Search("guihua").Hits).Title);
    }

    [Fact]
    public async Task The_text_of_a_DOCX_attachment_finds_its_document()
    {
        using (var docx = new MemoryStream())
        {
            using (var word = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
            {
                word.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("报名表 葡语国家企业对接会 Inscrição")))));
            }
            docx.Position = 0;
            await _site.StoreFileAsync("files/form.docx", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        await _site.PublishDocumentAsync("对接会通知", "见附件。", "014109568/2026-00020",
            attachments: [new AttachmentRef { File = "files/form.docx", Title = "报名表" }]);
        await _site.CatchUpAsync();

        Assert.Equal("对接会通知", Assert.Single(_site.Search("葡语国家企业", "zh-CN").Hits).Title);
        Assert.Single(_site.Search("inscricao").Hits);
    }

    [Fact]
    public async Task A_broken_attachment_is_indexed_without_its_text()
    {
        using (var broken = new MemoryStream("%PDF-1.4 not really"u8.ToArray()))
        {
            await _site.StoreFileAsync("files/broken.pdf", broken);
        }
        using (var vanishing = new MemoryStream("%PDF-1.4 soon gone"u8.ToArray()))
        {
            await _site.StoreFileAsync("files/missing.pdf", vanishing);
        }
        await _site.PublishDocumentAsync("附件损坏的通知", "正文", "014109568/2026-00021",
            attachments: [new AttachmentRef { File = "files/broken.pdf", Title = "损坏" }, new AttachmentRef { File = "files/missing.pdf" }]);
        // The CMS accepts only files of the library; one can still vanish from the disk before it is indexed.
        File.Delete(_site.Get<MediaStore>().Resolve("files/missing.pdf")!);
        await _site.CatchUpAsync();

        Assert.Single(_site.Search("附件损坏").Hits);
    }
}
