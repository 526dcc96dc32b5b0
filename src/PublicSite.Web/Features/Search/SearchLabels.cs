using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Search.Querying;

namespace PublicSite.Web.Features.Search;

/// <summary>Names of what the index holds as keys (content types, issuing bodies), and result URLs, in the reader's language.</summary>
public sealed class SearchLabels
{
    private readonly IStringLocalizer<SearchText> _text;
    private readonly ContentTypeRegistry _types;
    private readonly IReadOnlyDictionary<string, string> _bodies;

    private SearchLabels(IStringLocalizer<SearchText> text, ContentTypeRegistry types, IReadOnlyDictionary<string, string> bodies)
    {
        _text = text;
        _types = types;
        _bodies = bodies;
    }

    public static async Task<SearchLabels> LoadAsync(
        CmsDbContext db, IStringLocalizer<SearchText> text, ContentTypeRegistry types, SiteLanguage language, CancellationToken cancellationToken)
    {
        var terms = await db.Terms.AsNoTracking().Where(t => t.Taxonomy == "organisations").ToListAsync(cancellationToken);
        return new SearchLabels(text, types, terms.ToDictionary(t => t.Key, t => t.NameIn(language.Culture), StringComparer.Ordinal));
    }

    public string Type(string key) => _text["Type_" + key] is { ResourceNotFound: false } label ? label.Value : key;

    public string DidYouMean => _text["DidYouMean"].Value;

    public string Body(string key) => _bodies.GetValueOrDefault(key) ?? key;

    public string Url(SearchHit hit) => Shared.SiteUrls.Item(
        SiteLanguage.FromCulture(hit.Language) ?? SiteLanguage.Chinese, _types.Find(hit.TypeKey)?.Section ?? hit.TypeKey, hit.Slug);
}
