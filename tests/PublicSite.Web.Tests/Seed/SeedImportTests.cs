using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Tests.Seed;

public sealed class SeedImportTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "content-seed");

    [Fact]
    public async Task A_fresh_site_imports_every_seed_file_as_a_published_variant_and_a_restart_imports_nothing_twice()
    {
        var dataDirectory = SiteFactory.NewDataDirectory();
        var expected = Directory.EnumerateFiles(SeedFolder, "*.md", SearchOption.AllDirectories)
            .Count(f => !f.EndsWith("README.md", StringComparison.Ordinal));

        int first;
        using (var site = new SiteFactory(dataDirectory))
        {
            first = await site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Variants.CountAsync(v => v.State == VariantState.Published));
        }
        var restarted = new SiteFactory(dataDirectory);
        var (second, events, revisions) = await restarted.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CmsDbContext>();
            return (await db.Variants.CountAsync(), await db.Outbox.CountAsync(e => e.Kind == OutboxEventKind.Published), await db.Revisions.CountAsync());
        });

        restarted.Dispose();
        SiteFactory.DeleteDataDirectory(dataDirectory);

        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
        Assert.Equal(expected, events);
        Assert.Equal(expected * 2, revisions);
    }

    [Fact]
    public async Task Every_seeded_item_has_both_languages_except_Chinese_only_disclosed_documents()
    {
        using var site = new SiteFactory();
        var items = await site.WithServicesAsync(s => s.GetRequiredService<CmsDbContext>().Items
            .Select(i => new { i.Key, i.TypeKey, Languages = i.Variants.Select(v => v.Language).ToList() }).ToListAsync());

        Assert.All(items.Where(i => i.TypeKey != "disclosure"), i => Assert.Equal(2, i.Languages.Count));
        Assert.True(items.Count(i => i.TypeKey == "disclosure" && i.Languages.Count == 2) >= 9);
        Assert.True(items.Count(i => i.TypeKey == "news") >= 3);
        Assert.Equal(3, items.Count(i => i.TypeKey == "programme"));
    }
}
