using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Tests.Api;

/// <summary>What an editor does in the CMS, through <see cref="ContentService"/>, to set up a test's content.</summary>
internal sealed class Editor(SiteFactory site)
{
    public Task<ContentVariant> SaveNewsAsync(string title, string language = "zh-CN", Guid? itemId = null) =>
        site.WithServicesAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            ItemId = itemId, TypeKey = "news", Language = language, Title = title, Summary = title + "。", Body = "园区正文：" + title,
            Fields = new NewsArticle { Date = new DateOnly(2026, 11, 26), Tags = ["test"] },
        }, "editor@example.org", null, CancellationToken.None));

    public Task<ContentVariant> SaveDisclosureAsync(string title, string indexNumber) =>
        site.WithServicesAsync(s => s.GetRequiredService<ContentService>().SaveAsync(new ContentEdit
        {
            TypeKey = "disclosure", Language = "zh-CN", Title = title, Body = "正文",
            Fields = new DisclosedDocument
            {
                IndexNumber = indexNumber, IssuingBody = "fao", Category = "plans", PublicationDate = new DateOnly(2026, 11, 26),
            },
        }, "editor@example.org", null, CancellationToken.None));

    public Task PublishAsync(ContentVariant variant, DateTime? at = null, DateTime? expires = null) =>
        Run(s => s.GetRequiredService<ContentService>().PublishAsync(variant.Id, "publisher@example.org", at, expires, CancellationToken.None));

    public Task WithdrawAsync(ContentVariant variant) =>
        Run(s => s.GetRequiredService<ContentService>().WithdrawAsync(variant.Id, "publisher@example.org", CancellationToken.None));

    public Task DeleteAsync(Guid itemId) =>
        Run(s => s.GetRequiredService<ContentService>().DeleteAsync(itemId, CancellationToken.None));

    /// <summary>Submitted for review: the workflow's middle state, which the core sets without an event.</summary>
    public Task SubmitForReviewAsync(ContentVariant variant) => Run(async s =>
    {
        var db = s.GetRequiredService<CmsDbContext>();
        var stored = await db.Variants.FindAsync(variant.Id);
        stored!.State = VariantState.InReview;
        await db.SaveChangesAsync();
    });

    public async Task<ContentVariant> PublishedNewsAsync(string title, string language = "zh-CN", Guid? itemId = null)
    {
        var variant = await SaveNewsAsync(title, language, itemId);
        await PublishAsync(variant);
        return variant;
    }

    private Task<int> Run(Func<IServiceProvider, Task> action) => site.WithServicesAsync(async s =>
    {
        await action(s);
        return 0;
    });
}
