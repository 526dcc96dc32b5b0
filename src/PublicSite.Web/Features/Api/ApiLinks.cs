using PublicSite.Cms.Content;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Api;

/// <summary>Absolute URLs of pages, API documents and files, from the site's public origin.</summary>
public sealed record ApiLinks(string BaseUrl)
{
    public const string Prefix = "/api/v1";

    public static ApiLinks For(HttpContext context) => new(PublicAddress.BaseUrl(context));

    public string Page(SiteLanguage language, string section, string slug) => BaseUrl + SiteUrls.Item(language, section, slug);

    public string Item(Guid itemId, SiteLanguage language) => $"{BaseUrl}{Prefix}/content/{itemId}?lang={language.Code}";

    public string File(string path) => BaseUrl + AttachmentCatalog.DownloadPath(path);

    public string Api(string pathAndQuery) => BaseUrl + Prefix + pathAndQuery;
}
