using System.Globalization;
using System.Xml.Linq;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Features.Traditional;

namespace PublicSite.Web.Features.Discovery;

/// <summary>
/// The sitemap protocol's urlset with <c>xhtml:link</c> alternates: each published page lists every language it is
/// published in (itself included) and x-default, as the pages' own heads do; home pages and section lists exist in
/// both languages.
/// </summary>
public sealed class Sitemap(PublishedContent content, ContentTypeRegistry types)
{
    private static readonly XNamespace Urls = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public async Task<(byte[] Body, DateTimeOffset? LastModified)> WriteAsync(string baseUrl, CancellationToken cancellationToken)
    {
        var published = (await content.PagesAsync(cancellationToken))
            .Select(p => new Page(p.ItemId, p.Type.Section, p.Language, p.Slug, p.Modified)).ToList();

        var urlset = new XElement(Urls + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        static DateTime? Latest(IEnumerable<Page> some) => some.Select(p => (DateTime?)p.Modified).Max();

        urlset.Add(BothLanguages(baseUrl, SiteUrls.Home, Latest(published)));
        // 网站地图 / Mapa do sítio lists the columns, which change with a release, not with publishing: no lastmod.
        urlset.Add(BothLanguages(baseUrl, language => SiteUrls.Section(language, Home.SiteMapModel.Section), null));
        // The 繁體 reading of a Chinese page is listed beside it, with the same alternates.
        IEnumerable<XElement> WithTraditional(string location, DateTime? modified, Dictionary<SiteLanguage, string> alternates) =>
            alternates.TryGetValue(SiteLanguage.Chinese, out var chinese) && chinese == location
                ? [Url(location, modified, alternates, baseUrl), Url(Traditional(baseUrl, chinese), modified, alternates, baseUrl)]
                : [Url(location, modified, alternates, baseUrl)];
        foreach (var type in types.All)
        {
            var section = published.Where(p => p.Section == type.Section).ToList();
            urlset.Add(BothLanguages(baseUrl, language => SiteUrls.Section(language, type.Section), Latest(section)));
        }
        foreach (var item in published.GroupBy(p => p.ItemId))
        {
            var alternates = item.ToDictionary(p => p.Language, p => baseUrl + SiteUrls.Item(p.Language, p.Section, p.Slug));
            foreach (var page in item.OrderBy(p => p.Language.Code == SiteLanguage.Chinese.Code ? 0 : 1))
            {
                urlset.Add(WithTraditional(alternates[page.Language], page.Modified, alternates));
            }
        }
        return (XmlBody.From(new XDocument(urlset)), Latest(published) is { } latest ? new DateTimeOffset(latest, TimeSpan.Zero) : null);
    }

    private static IEnumerable<XElement> BothLanguages(string baseUrl, Func<SiteLanguage, string> path, DateTime? modified)
    {
        var alternates = SiteLanguage.All.ToDictionary(l => l, l => baseUrl + path(l));
        return SiteLanguage.All.SelectMany(l => l == SiteLanguage.Chinese
            ? new[] { Url(alternates[l], modified, alternates, baseUrl), Url(Traditional(baseUrl, alternates[l]), modified, alternates, baseUrl) }
            : [Url(alternates[l], modified, alternates, baseUrl)]);
    }

    private static string Traditional(string baseUrl, string chinese) => baseUrl + TraditionalReading.PathOf(chinese[baseUrl.Length..]);

    private static XElement Url(string location, DateTime? modified, Dictionary<SiteLanguage, string> alternates, string baseUrl)
    {
        var url = new XElement(Urls + "url", new XElement(Urls + "loc", location));
        if (modified is { } value)
        {
            url.Add(new XElement(Urls + "lastmod", value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        }
        foreach (var (language, href) in alternates.OrderBy(a => a.Key.Code == SiteLanguage.Chinese.Code ? 0 : 1))
        {
            url.Add(Alternate(language.Culture, href));
            if (language == SiteLanguage.Chinese)
            {
                url.Add(Alternate(TraditionalReading.Culture, Traditional(baseUrl, href)));
            }
        }
        if (alternates.TryGetValue(SiteLanguage.Chinese, out var chinese))
        {
            url.Add(Alternate("x-default", chinese));
        }
        return url;
    }

    private static XElement Alternate(string hreflang, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang), new XAttribute("href", href));

    private sealed record Page(Guid ItemId, string Section, SiteLanguage Language, string Slug, DateTime Modified);
}
