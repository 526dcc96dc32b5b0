using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;
using PublicSite.Web.Features.Inspection;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Inspection;

/// <summary>Links of public pages that lead nowhere are listed on the manager's home with the reason (issue #19).</summary>
public sealed class LinkHealthTests(InspectionSite site) : IClassFixture<InspectionSite>
{
    [Fact]
    public async Task A_page_linking_to_a_news_article_is_listed_once_that_article_is_withdrawn()
    {
        var linked = await site.PublishNewsAsync("被链接的园区新闻", "园区正文。");
        var linking = await site.PublishNewsAsync("链接到其他新闻的园区新闻",
            $"详见[相关新闻](/zh/news/{Uri.EscapeDataString(linked.Slug)})，也见[繁体版](/zh-hant/news/{Uri.EscapeDataString(linked.Slug)})。");

        var before = await site.InspectAsync();
        await site.WithdrawAsync(linked);
        var after = await site.InspectAsync();

        Assert.DoesNotContain(before.BrokenLinks, b => b.ItemId == linking.ItemId);
        var broken = after.BrokenLinks.Where(b => b.ItemId == linking.ItemId).ToList();
        Assert.Equal(2, broken.Count);
        Assert.All(broken, b => Assert.Equal(BrokenLinkReason.Withdrawn, b.Reason));
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);
        var home = await editor.GetPageAsync("/manager");
        var listed = home.QuerySelectorAll("#inspection-links li").Select(li => li.TextContent).Where(t => t.Contains("链接到其他新闻的园区新闻", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, t => Assert.Contains("被链接页面已撤回", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_to_missing_media_files_and_to_pages_never_there_are_listed_but_links_to_live_pages_and_other_sites_are_not()
    {
        // The CMS links only files of the library: the file was there when the news was published, and deleted since.
        await site.WithServicesAsync(s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            db.MediaFiles.Add(new MediaFile
            {
                Path = "files/never-uploaded-2019.pdf", Folder = "files", OriginalName = "never-uploaded-2019.pdf", ContentType = "application/pdf",
                Sha256 = "gone", UploadedBy = "editor@example.org", UploadedAt = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        });
        var page = await site.PublishNewsAsync("链接各种地址的园区新闻",
            "见[已删除的文件](/media/files/never-uploaded-2019.pdf)、[不存在的新闻](/zh/news/no-such-article)、"
            + "[港澳办首页](/zh/)、[常州市政府](https://www.changzhou.gov.cn/)和 <https://www.gov.mo/>。");
        await site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().MediaFiles.Where(f => f.Path == "files/never-uploaded-2019.pdf").ExecuteDeleteAsync());

        var report = await site.InspectAsync();

        var broken = report.BrokenLinks.Where(b => b.ItemId == page.ItemId).ToDictionary(b => b.Target, b => b.Reason);
        Assert.Equal(2, broken.Count);
        Assert.Equal(BrokenLinkReason.FileMissing, broken["/media/files/never-uploaded-2019.pdf"]);
        Assert.Equal(BrokenLinkReason.NotFound, broken["/zh/news/no-such-article"]);
    }

    [Fact]
    public async Task The_seed_has_no_broken_links()
    {
        var report = await site.InspectAsync();

        Assert.DoesNotContain(report.BrokenLinks, b => !b.Title.Contains("园区新闻", StringComparison.Ordinal));
    }
}
