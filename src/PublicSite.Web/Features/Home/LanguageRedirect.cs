using Microsoft.Net.Http.Headers;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Home;

/// <summary><c>/</c> sends readers to <c>/zh/</c> or <c>/pt/</c> by their browser's languages; Chinese by default.</summary>
public static class LanguageRedirect
{
    public static IEndpointRouteBuilder MapLanguageRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
            return Results.Redirect($"/{Choose(context.Request).Code}/");
        }).ExcludeFromDescription();
        return endpoints;
    }

    public static SiteLanguage Choose(HttpRequest request)
    {
        var preferences = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var preference in preferences)
        {
            var tag = preference.Value.Value ?? "";
            if (tag.StartsWith("pt", StringComparison.OrdinalIgnoreCase))
            {
                return SiteLanguage.Portuguese;
            }
            if (tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            {
                return SiteLanguage.Chinese;
            }
        }
        return SiteLanguage.Chinese;
    }
}
