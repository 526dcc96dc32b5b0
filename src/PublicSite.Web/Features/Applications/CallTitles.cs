using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.Applications;

/// <summary>A call's title in a language (or in the other one when it has no such variant), for emails and screens about applications.</summary>
public sealed class CallTitles(CmsDbContext cms)
{
    public async Task<string> TitleAsync(Guid callItemId, string language, CancellationToken cancellationToken)
    {
        var titles = await cms.Variants.AsNoTracking().Where(v => v.ItemId == callItemId)
            .Select(v => new { v.Language, v.Title }).ToListAsync(cancellationToken);
        return (titles.FirstOrDefault(t => t.Language == language) ?? titles.FirstOrDefault())?.Title ?? "";
    }

    public async Task<(Guid ItemId, string Title)?> FindByKeyAsync(string callKey, string language, CancellationToken cancellationToken)
    {
        var titles = await cms.Variants.AsNoTracking().Where(v => v.Item.Key == callKey && v.TypeKey == "programme")
            .Select(v => new { v.ItemId, v.Language, v.Title }).ToListAsync(cancellationToken);
        var best = titles.FirstOrDefault(t => t.Language == language) ?? titles.FirstOrDefault();
        return best is null ? null : (best.ItemId, best.Title);
    }
}
