using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;
using PublicSite.Cms.Reading;
using PublicSite.Cms.Taxonomy;
using PublicSite.Web.Features.Media;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.News;

public sealed class ArticleModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta, CmsDbContext db)
    : ContentPageModel<NewsArticle>(content, types, html, meta)
{
    /// <summary>The article's tags by their label in the page's language (the key only for a tag the taxonomy lacks).</summary>
    public IReadOnlyList<string> TagLabels { get; private set; } = [];

    /// <summary>The lead image (题图) from the media library, when the article has one.</summary>
    public MediaFile? LeadImage { get; private set; }

    /// <summary>The article's own alt text in this language, else the library's for the image.</summary>
    public string? LeadImageAlt => string.IsNullOrWhiteSpace(Fields.LeadImageAlt) && LeadImage is not null
        ? ResponsiveImage.AltIn(LeadImage, Language.Culture)
        : Fields.LeadImageAlt;

    protected override async Task OnFoundAsync(CancellationToken cancellationToken)
    {
        if (Fields.LeadImage is { Length: > 0 } lead)
        {
            LeadImage = await db.MediaFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Path == lead, cancellationToken);
        }
        var terms = (await Published.TermsAsync(Fields.Tags, cancellationToken)).Where(t => t.Taxonomy == Taxonomies.Tags).ToDictionary(t => t.Key);
        TagLabels = Fields.Tags.Select(tag => terms.TryGetValue(tag, out var term) ? term.NameIn(Language.Culture) : tag).ToList();
        Meta.Keywords = TagLabels.Count == 0 ? null : string.Join(',', TagLabels);
    }
}
