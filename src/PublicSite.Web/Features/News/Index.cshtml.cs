using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.News;

public sealed class IndexModel(PublishedContent content, ContentTypeRegistry types, PageMeta meta, CmsDbContext db)
    : SectionListModel<NewsArticle>(content, types, meta)
{
    /// <summary>Each listed article's lead image, by item id (articles without one are absent).</summary>
    public IReadOnlyDictionary<Guid, MediaFile> LeadImages { get; private set; } = new Dictionary<Guid, MediaFile>();

    protected override async Task OnListedAsync(CancellationToken cancellationToken)
    {
        var leads = List.Items
            .Select(i => (i.ItemId, Lead: JsonNode.Parse(i.SharedFields)?["leadImage"]?.GetValue<string>()))
            .Where(l => !string.IsNullOrEmpty(l.Lead)).ToList();
        if (leads.Count == 0)
        {
            return;
        }
        var ids = leads.Select(l => l.Lead!).Distinct().ToList();
        var images = await db.MediaFiles.AsNoTracking().Where(f => ids.Contains(f.Path)).ToDictionaryAsync(f => f.Path, cancellationToken);
        LeadImages = leads.Where(l => images.TryGetValue(l.Lead!, out var f) && f.IsImage).ToDictionary(l => l.ItemId, l => images[l.Lead!]);
    }
}
