using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Testing;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Tests.Applications;

public sealed class EncryptionAtRestTests
{
    private static bool FileContains(string path, string text)
    {
        if (!File.Exists(path))
        {
            return false;
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        // SQLite stores text as UTF-8; look for UTF-16 too in case a column were ever written so.
        return bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
    }

    [Fact]
    public async Task Applicant_id_number_is_never_stored_in_clear()
    {
        using var site = new ApplicationSite();
        await site.ApplyValidAsync(ApplicationSite.InternshipZh, f =>
        {
            f["Form.IdDocumentType"] = "ResidencePermit";
            f["Form.IdNumber"] = "820000200001010016";
            f["Form.PhoneRegion"] = "Mainland";
            f["Form.Phone"] = "139 1234 5678";
        });

        // The test is only meaningful if the application really is in those files.
        Assert.True(TestDatabase.FilesContain(site.DataDirectory, "chan.meiling@example.mo"));
        Assert.Equal(1, await site.Factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync());
        foreach (var secret in new[] { "820000200001010016", "13912345678", "+86 13912345678" })
        {
            Assert.False(TestDatabase.FilesContain(site.DataDirectory, secret), secret + " is in clear in the database");
        }
        var cv = Assert.Single(Directory.GetFiles(Path.Combine(site.DataDirectory, "applications", "cv")));
        Assert.False(FileContains(cv, "%PDF-"), "The stored CV is encrypted too.");
    }

    [Fact]
    public async Task The_ID_number_is_shown_masked_on_the_status_page_and_readable_only_through_the_protector()
    {
        using var site = new ApplicationSite();
        var (_, statusPath) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        var page = await SiteFactory.ParseAsync(await site.Browser().GetAsync(statusPath));
        Assert.Contains("M1*****78", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("M12345678", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        await using var scope = site.Factory.Services.CreateAsyncScope();
        var application = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.SingleAsync();
        var protector = scope.ServiceProvider.GetRequiredService<PublicSite.Web.Features.PersonalData.PersonalDataProtector>();
        Assert.Equal("M12345678", protector.Unprotect(application.IdNumberEncrypted));
        Assert.Equal("+853 66123456", protector.Unprotect(application.PhoneEncrypted));
        Assert.Equal("+853 66****56", application.PhoneMasked);
    }

    [Fact]
    public async Task Encrypted_data_and_the_duplicate_check_survive_a_restart_with_the_keys_in_the_database()
    {
        using var site = new ApplicationSite();
        await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        // A second site on the same data directory (as after a restart) reads the keys from the database.
        using var restarted = new SiteFactory(site.DataDirectory);
        await using var scope = restarted.Services.CreateAsyncScope();
        var application = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.SingleAsync();
        var protector = scope.ServiceProvider.GetRequiredService<PublicSite.Web.Features.PersonalData.PersonalDataProtector>();
        Assert.Equal("M12345678", protector.Unprotect(application.IdNumberEncrypted));
        Assert.Equal(application.IdNumberHash, protector.Hash("M12345678"));
    }
}
