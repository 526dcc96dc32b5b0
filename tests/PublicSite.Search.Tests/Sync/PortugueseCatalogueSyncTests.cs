using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;
using PublicSite.Search.Sync;

namespace PublicSite.Search.Tests.Sync;

/// <summary>
/// A Chinese-only item's Portuguese title is searchable in Portuguese for as long as the item has no Portuguese
/// variant, and follows the item through publication, translation, withdrawal and rebuilds.
/// </summary>
public sealed class PortugueseCatalogueSyncTests : IAsyncLifetime
{
    private SearchHarness _site = null!;

    public async Task InitializeAsync() => _site = await SearchHarness.CreateAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    /// <summary>The shared fields, as every language's edit form posts them.</summary>
    private static DisclosedDocument Fields() => new()
    {
        IndexNumber = "014109568/2026-00031", IssuingBody = "fao", Category = "notices", PublicationDate = new DateOnly(2026, 1, 28),
        PortugueseTitle = "Relatório anual de 2025 da divulgação de informações do Governo", PortugueseSummary = "Informações divulgadas em 2025.",
    };

    private async Task<PublicSite.Cms.Content.ContentVariant> PublishChineseOnlyAsync()
    {
        var variant = await _site.SaveAsync(new ContentEdit
        {
            TypeKey = "disclosure", Language = "zh-CN", Title = "2025年政府信息公开工作年度报告", Body = "本机关主动公开政府信息。", Fields = Fields(),
        });
        await _site.PublishAsync(variant);
        await _site.CatchUpAsync();
        return variant;
    }

    [Fact]
    public async Task A_Portuguese_search_finds_the_Chinese_only_item_by_its_Portuguese_title_at_its_address()
    {
        var chinese = await PublishChineseOnlyAsync();

        var hit = Assert.Single(_site.Search("relatório anual", "pt-PT").Hits);
        Assert.Equal("Relatório anual de 2025 da divulgação de informações do Governo", hit.Title);
        Assert.Equal(("pt-PT", chinese.Slug, chinese.ItemId), (hit.Language, hit.Slug, hit.ItemId));
        Assert.Equal(1, _site.Search("政府信息公开", "zh-CN").Total);
    }

    [Fact]
    public async Task Publishing_a_Portuguese_variant_replaces_the_Portuguese_title_and_withdrawing_the_Chinese_one_removes_it()
    {
        var chinese = await PublishChineseOnlyAsync();
        var portuguese = await _site.SaveAsync(new ContentEdit
        {
            ItemId = chinese.ItemId, TypeKey = "disclosure", Language = "pt-PT", Title = "Relatório anual traduzido", Body = "Texto integral.",
            Fields = Fields(),
        });
        await _site.PublishAsync(portuguese);
        await _site.CatchUpAsync();

        var hit = Assert.Single(_site.Search("relatório anual", "pt-PT").Hits);
        Assert.Equal((portuguese.Id, "Relatório anual traduzido"), (hit.VariantId, hit.Title));

        await _site.WithAsync(async s =>
        {
            await s.GetRequiredService<ContentService>().WithdrawAsync(portuguese.Id, "editor@example.org", CancellationToken.None);
            return 0;
        });
        await _site.CatchUpAsync();
        Assert.Equal("Relatório anual de 2025 da divulgação de informações do Governo", Assert.Single(_site.Search("relatório anual", "pt-PT").Hits).Title);

        await _site.WithAsync(async s =>
        {
            await s.GetRequiredService<ContentService>().WithdrawAsync(chinese.Id, "editor@example.org", CancellationToken.None);
            return 0;
        });
        await _site.CatchUpAsync();
        Assert.Equal(0, _site.Search("relatório anual", "pt-PT").Total);
        Assert.Empty(_site.IndexedDocuments());
    }

    [Fact]
    public async Task A_rebuild_holds_the_same_documents_as_the_outbox_sync()
    {
        await PublishChineseOnlyAsync();
        var synced = _site.IndexedDocuments();
        Assert.Equal(2, synced.Count);

        await _site.Get<SearchIndexSync>().RebuildAsync(CancellationToken.None);

        Assert.Equal(synced, _site.IndexedDocuments());
        Assert.Single(_site.Search("relatório anual", "pt-PT").Hits);
    }
}
