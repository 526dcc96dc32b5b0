using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Cms.Taxonomy;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.News;

public sealed class ArticleModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<NewsArticle>(content, types, html, meta)
{
    /// <summary>The article's tags by their label in the page's language (the key only for a tag the taxonomy lacks).</summary>
    public IReadOnlyList<string> TagLabels { get; private set; } = [];

    protected override async Task OnFoundAsync(CancellationToken cancellationToken)
    {
        var terms = (await Published.TermsAsync(Fields.Tags, cancellationToken)).Where(t => t.Taxonomy == Taxonomies.Tags).ToDictionary(t => t.Key);
        TagLabels = Fields.Tags.Select(tag => terms.TryGetValue(tag, out var term) ? term.NameIn(Language.Culture) : tag).ToList();
        Meta.Keywords = TagLabels.Count == 0 ? null : string.Join(',', TagLabels);
    }
}
