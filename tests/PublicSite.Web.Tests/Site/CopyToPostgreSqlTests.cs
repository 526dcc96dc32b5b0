using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Data;
using PublicSite.Testing;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Tests.Applications;
using PublicSite.Web.Tests.Applications.Manager;
using PublicSite.Web.Tests.BusinessEnquiries;
using PublicSite.Web.Tests.EventRegistrations;
using PublicSite.Web.Tests.InformationRequests;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Site;

/// <summary>
/// An office's SQLite site, in use for a while (content published through the manager, applications, requests,
/// enquiries, registrations, accounts), moved to PostgreSQL with the copy command's service, then run there. Runs in
/// both passes: the source is always a SQLite file, the target the PostgreSQL cluster tests/run.sh starts.
/// </summary>
public sealed class CopyToPostgreSqlTests : IDisposable
{
    private readonly string _sqliteFile = Path.Combine(Path.GetTempPath(), $"publicsite-copy-{Guid.NewGuid():N}.db");
    private readonly string _targetDirectory = SiteFactory.NewDataDirectory();

    private void OnSqlite(IWebHostBuilder builder)
    {
        builder.UseSetting("Site:Database:Provider", nameof(DatabaseProvider.Sqlite));
        builder.UseSetting("ConnectionStrings:Site", $"Data Source={_sqliteFile}");
    }

    [Fact]
    public async Task A_sqlite_site_moves_to_postgresql_with_every_row_and_runs_there_with_its_accounts_keys_and_personal_data()
    {
        using var source = new RequestSite(OnSqlite);
        var site = source.Site;
        var editor = new ManagerClient(await site.SignInAsync(await site.CreateReviewerAsync(EditorRoles.Editor)));
        var publisherEmail = await site.CreateReviewerAsync(EditorRoles.Publisher);
        var publisher = new ManagerClient(await site.SignInAsync(publisherEmail));
        var news = await SubmitNewsAsync(editor, "迁移之前发布的新闻");
        Assert.Equal(HttpStatusCode.Redirect, (await publisher.PostFormAsync(news, Form, new() { ["action"] = "publish" })).StatusCode);
        var (application, applicationStatus) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        await source.FileAsync("zh", RequestSite.NaturalPerson());
        await site.SendEnquiryAsync();
        site.Clock.SetUtcNow(EventSite.BeforeDeadline);
        Assert.Equal(HttpStatusCode.OK, (await site.RegisterAsync(EventSite.Valid())).StatusCode);
        site.Clock.SetUtcNow(ApplicationSite.Today);

        var target = TestDatabase.PostgreSqlFor(_targetDirectory);
        var copied = await site.Factory.Services.GetRequiredService<SiteDatabaseCopy>().CopyAsync(target, CancellationToken.None);

        Assert.All(copied, table => Assert.True(table.Matches, $"{table.Table}: {table.Source} rows, {table.Target} copied"));
        foreach (var table in new[]
        {
            "Items", "Revisions", "Variants", "Outbox", "MediaFiles", "Terms", "CatalogueEntries", "AuditEntries", "AspNetUsers",
            "AspNetUserRoles", "DataProtectionKeys", "SharedSecrets", "Applications", "InformationRequests", "BusinessEnquiries", "EventRegistrations",
        })
        {
            Assert.True(copied.Single(t => t.Table == table).Target > 0, $"{table} had nothing to copy: the test does not prove it.");
        }
        await Assert.ThrowsAsync<TargetNotEmptyException>(() =>
            site.Factory.Services.GetRequiredService<SiteDatabaseCopy>().CopyAsync(target, CancellationToken.None));

        using var moved = new SiteFactory(_targetDirectory);
        moved.Settings["Site:Database:Provider"] = nameof(DatabaseProvider.PostgreSql);
        moved.Settings["ConnectionStrings:Site"] = target.ConnectionString;
        var reader = moved.Browser();
        Assert.Contains("迁移之前发布的新闻", await reader.GetStringAsync("/zh/news"), StringComparison.Ordinal);
        // The keys moved with the data: the applicant's link still opens, their ID number still decrypts and hashes alike.
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(applicationStatus)).StatusCode);
        await using (var scope = moved.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.SingleAsync(a => a.ReferenceNumber == application);
            var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
            Assert.Equal("M12345678", protector.Unprotect(stored.IdNumberEncrypted));
            Assert.Equal(stored.IdNumberHash, protector.Hash("M12345678"));
        }
        // Accounts moved with their passwords; new rows get keys past the copied ones (revisions, outbox, audit).
        var movedEditor = await ManagerClient.AsRoleAsync(moved, EditorRoles.Editor);
        var after = await SubmitNewsAsync(movedEditor, "迁移之后发布的新闻");
        var movedPublisher = await ManagerClient.SignedInAsync(moved, publisherEmail, ReviewSite.Password);
        Assert.Equal(HttpStatusCode.Redirect, (await movedPublisher.PostFormAsync(after, Form, new() { ["action"] = "publish" })).StatusCode);
        Assert.Contains("迁移之后发布的新闻", await reader.GetStringAsync("/zh/news"), StringComparison.Ordinal);
        // Starting on the copy imported no second seed.
        var items = copied.Single(t => t.Table == "Items").Target;
        Assert.Equal(items + 1, await moved.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Items.LongCountAsync()));
    }

    private const string Form = "main form.stacked-form";

    private static async Task<string> SubmitNewsAsync(ManagerClient editor, string title)
    {
        var saved = await editor.PostFormAsync("/manager/content/edit?type=news&lang=zh", Form, new()
        {
            ["action"] = "submit", ["f.title"] = title, ["body"] = "正文", ["f.date"] = "2026-11-20",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return saved.Headers.Location!.OriginalString;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
        {
            File.Delete(file);
        }
        TestDatabase.DropPostgreSql(_targetDirectory);
        SiteFactory.DeleteDataDirectory(_targetDirectory);
    }
}
