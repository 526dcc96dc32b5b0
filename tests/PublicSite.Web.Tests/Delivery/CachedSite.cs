using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.Delivery;

/// <summary>The real site with its page cache, on a clock the test sets, with an editor's hands on the CMS core.</summary>
public sealed class CachedSite : SiteFactory
{
    public SettableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    public Task<ContentVariant> SaveNewsAsync(string title, string language, Guid? itemId = null, string? slug = null) =>
        WithServicesAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            ItemId = itemId, TypeKey = "news", Language = language, Title = title, Slug = slug, Body = "正文 texto.",
            Fields = new NewsArticle { Date = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime) },
        }, "editor@example.org", null, CancellationToken.None));

    public Task PublishAsync(ContentVariant variant, DateTime? at = null, DateTime? expires = null) =>
        WithServicesAsync(async s =>
        {
            await s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher@example.org", at, expires, CancellationToken.None);
            return 0;
        });

    public Task WithContentServiceAsync(Func<ContentService, Task> action) =>
        WithServicesAsync(async s =>
        {
            await action(s.GetRequiredService<ContentService>());
            return 0;
        });

    /// <summary>Reads a page twice, so that the second answer is the cache's (it says so with an Age header).</summary>
    public async Task<string> WarmAsync(string path)
    {
        await (await Browser().GetAsync(path)).Content.ReadAsStringAsync();
        var second = await Browser().GetAsync(path);
        Assert.True(second.Headers.Age is not null, $"{path} was not served from the cache");
        return await second.Content.ReadAsStringAsync();
    }

    public async Task<(System.Net.HttpStatusCode Status, string Body)> ReadAsync(string path)
    {
        var response = await Browser().GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
