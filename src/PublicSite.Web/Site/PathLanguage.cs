using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Site;

/// <summary>The page's language is the first segment of its path (<c>/zh/…</c>, <c>/pt/…</c>); Chinese otherwise.</summary>
public static class PathLanguage
{
    public static SiteLanguage Of(PathString path)
    {
        var value = path.Value ?? "";
        var end = value.IndexOf('/', 1);
        var first = end < 0 ? value.TrimStart('/') : value[1..end];
        return SiteLanguage.FromCode(first) is { } language && language.Code == first ? language : SiteLanguage.Chinese;
    }

    /// <summary>The manager's language preference; the manager is not under a language path.</summary>
    public const string ManagerCookie = "publicsite-manager-lang";

    public static SiteLanguage Current =>
        SiteLanguage.FromCulture(CultureInfo.CurrentUICulture.Name) ?? SiteLanguage.Chinese;

    /// <summary>Request localization keyed on the path, so every page and error page speaks its URL's language.</summary>
    internal sealed class CultureProvider : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            // An error page re-executed for a failed URL speaks the failed URL's language.
            var path = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                ?? httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
                ?? httpContext.Request.Path;
            var language = path.StartsWith("/manager", StringComparison.OrdinalIgnoreCase)
                ? SiteLanguage.FromCode(httpContext.Request.Cookies[ManagerCookie]) ?? SiteLanguage.Chinese
                : Of(path);
            return Task.FromResult<ProviderCultureResult?>(new(language.Culture));
        }
    }
}
