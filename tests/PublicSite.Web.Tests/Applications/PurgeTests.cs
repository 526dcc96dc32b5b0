using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Testing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Data;

namespace PublicSite.Web.Tests.Applications;

public sealed class PurgeTests
{
    private static async Task<int> PurgeAsync(ApplicationSite site)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationPurge>().PurgeAsync(CancellationToken.None);
    }

    private static bool DatabaseContains(ApplicationSite site, string text) => TestDatabase.FilesContain(site.DataDirectory, text);

    [Fact]
    public async Task Personal_data_is_purged_180_days_after_the_call_closes_leaving_anonymous_counts()
    {
        using var site = new ApplicationSite();
        var (accepted, _) = await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        await site.ApplyValidAsync(ApplicationSite.InternshipZh, f => { f["Form.IdNumber"] = "H11112222"; f["Form.Email"] = "pedro.leong@example.hk"; });
        await site.ApplyValidAsync(ApplicationSite.EntrepreneurshipPt, f => f["Form.Email"] = "ana.ho@example.mo");
        await using (var scope = site.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
            (await db.Applications.SingleAsync(a => a.ReferenceNumber == accepted)).Status = ApplicationStatus.Accepted;
            await db.SaveChangesAsync();
        }
        Assert.True(DatabaseContains(site, "pedro.leong@example.hk"));

        site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline.AddDays(180).AddMinutes(-1));
        Assert.Equal(0, await PurgeAsync(site));

        site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline.AddDays(180));
        Assert.Equal(2, await PurgeAsync(site));

        await using var after = site.Factory.Services.CreateAsyncScope();
        var remaining = after.ServiceProvider.GetRequiredService<ApplicationsDbContext>();
        Assert.Equal("ana.ho@example.mo", (await remaining.Applications.SingleAsync()).Email);
        Assert.Empty(await remaining.StatusSteps.Where(s => s.ApplicationId != remaining.Applications.Single().Id).ToListAsync());
        var tallies = await remaining.Tallies.OrderBy(t => t.Status).Select(t => new { t.Status, t.Count }).ToListAsync();
        Assert.Equal([new { Status = ApplicationStatus.Submitted, Count = 1 }, new { Status = ApplicationStatus.Accepted, Count = 1 }],
            tallies.OrderBy(t => t.Status == ApplicationStatus.Accepted).ToList());
        Assert.Single(Directory.GetFiles(Path.Combine(site.DataDirectory, "applications", "cv")));
        Assert.False(DatabaseContains(site, "pedro.leong@example.hk"), "Deleted rows are overwritten, not left in free pages.");
        Assert.False(DatabaseContains(site, "chan.meiling@example.mo"));
        Assert.True(DatabaseContains(site, "ana.ho@example.mo"));
    }

    [Fact]
    public async Task The_retention_period_is_a_setting()
    {
        using var site = new ApplicationSite(b => b.UseSetting("Programmes:RetentionDays", "30"));
        await site.ApplyValidAsync(ApplicationSite.InternshipZh);

        site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline.AddDays(30));

        Assert.Equal(1, await PurgeAsync(site));
    }

    [Fact]
    public async Task The_background_job_purges_on_its_own()
    {
        using var site = new ApplicationSite(b => b.UseSetting("Programmes:PurgeInterval", "00:00:01"));
        await site.ApplyValidAsync(ApplicationSite.InternshipZh);
        site.Clock.SetUtcNow(ApplicationSite.InternshipDeadline.AddDays(181));

        // The job runs every second; it is given up to 30 runs.
        var remaining = 1;
        for (var attempt = 0; attempt < 60 && remaining > 0; attempt++)
        {
            await Task.Delay(500);
            await using var scope = site.Factory.Services.CreateAsyncScope();
            remaining = await scope.ServiceProvider.GetRequiredService<ApplicationsDbContext>().Applications.CountAsync();
        }

        Assert.Equal(0, remaining);
    }
}
