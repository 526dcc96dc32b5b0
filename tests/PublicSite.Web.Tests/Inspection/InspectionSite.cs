using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Testing;
using PublicSite.Web.Features.Inspection;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Inspection;

/// <summary>The seeded site on a clock the test sets (Changzhou time), with what an editor and a publisher do to its content.</summary>
public sealed class InspectionSite : SiteFactory
{
    public InspectionSite()
    {
    }

    /// <summary>Another web node: its own data directory, on the database of <paramref name="databaseOf"/>. (Internal: xunit fixtures have one public constructor.)</summary>
    internal InspectionSite(string dataDirectory, SiteFactory databaseOf) : base(dataDirectory)
    {
        foreach (var (key, value) in TestDatabase.SharedDatabaseSettings(databaseOf.DataDirectory))
        {
            Settings[key] = value;
        }
    }

    public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8)));

    public string MailPickup => Path.Combine(DataDirectory, "mail-pickup");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Sets the clock to noon of a day in Changzhou.</summary>
    public void SetChinaDay(int year, int month, int day) => Clock.SetUtcNow(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(8)));

    public Task<InspectionReport> InspectAsync() =>
        WithServicesAsync(s => s.GetRequiredService<SiteInspection>().RunAsync(CancellationToken.None));

    public Task<bool> RunDigestAsync() =>
        WithServicesAsync(s => s.GetRequiredService<InspectionDigest>().RunAsync(CancellationToken.None));

    public Task<bool> RunIfDueAsync() =>
        WithServicesAsync(s => s.GetRequiredService<InspectionDigest>().RunIfDueAsync(new TimeOnly(7, 30), CancellationToken.None));

    public IReadOnlyList<MimeMessage> Mails() => Directory.Exists(MailPickup)
        ? Directory.GetFiles(MailPickup, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
        : [];

    /// <summary>A news article saved and published now, dated long ago so that it never freshens the news column.</summary>
    public Task<ContentVariant> PublishNewsAsync(string title, string body) => WithServicesAsync(async s =>
    {
        var content = s.GetRequiredService<ContentService>();
        var variant = await content.SaveAsync(new ContentEdit
        {
            TypeKey = "news", Language = "zh-CN", Title = title, Summary = title + "。", Body = body,
            Fields = new NewsArticle { Date = new DateOnly(2026, 1, 5), Tags = [] },
        }, "editor@example.org", null, CancellationToken.None);
        await content.PublishAsync(variant.Id, "publisher@example.org", null, null, CancellationToken.None);
        return variant;
    });

    public Task WithdrawAsync(ContentVariant variant) => WithServicesAsync(async s =>
    {
        await s.GetRequiredService<ContentService>().WithdrawAsync(variant.Id, "publisher@example.org", CancellationToken.None);
        return 0;
    });
}
