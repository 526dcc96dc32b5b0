using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.EventRegistrations.Manager;

/// <summary>The events of the CMS as the registrations' screens need them: key, title in the screen's language, details.</summary>
public sealed class EventTitles(CmsDbContext cms, ContentTypeRegistry types)
{
    public async Task<IReadOnlyList<(string Key, string Title, BusinessEvent Details)>> AllAsync(string culture, CancellationToken cancellationToken)
    {
        var type = types.Get<BusinessEvent>();
        var events = await cms.Items.AsNoTracking().Where(i => i.TypeKey == type.Key && i.DeletedAt == null)
            .Select(i => new { i.Key, i.SharedFields, Titles = i.Variants.Select(v => new { v.Language, v.Title }).ToList() })
            .ToListAsync(cancellationToken);
        return events
            .Select(e => (e.Key, (e.Titles.FirstOrDefault(t => t.Language == culture) ?? e.Titles.FirstOrDefault())?.Title ?? e.Key,
                ContentFields.Read<BusinessEvent>(e.SharedFields, null)))
            .OrderByDescending(e => e.Item3.StartsAt)
            .ToList();
    }

    /// <summary>The event's title in <paramref name="culture"/>, if it has a variant in that language.</summary>
    public Task<string?> TitleAsync(string key, string culture, CancellationToken cancellationToken) =>
        cms.Variants.AsNoTracking().Where(v => v.Item.Key == key && v.TypeKey == types.Get<BusinessEvent>().Key && v.Language == culture)
            .Select(v => v.Title).FirstOrDefaultAsync(cancellationToken);
}
