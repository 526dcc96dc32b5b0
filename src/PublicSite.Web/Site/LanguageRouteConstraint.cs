using PublicSite.Cms.Content;

namespace PublicSite.Web.Site;

/// <summary>Route constraint <c>{lang:lang}</c>: only the site's language codes (zh, pt) match.</summary>
internal sealed class LanguageRouteConstraint : IRouteConstraint
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && SiteLanguage.FromCode(value as string) is { } language
            && language.Code == (string)value!;
}
