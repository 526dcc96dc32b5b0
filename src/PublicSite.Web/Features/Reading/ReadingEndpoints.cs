using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Reading;

/// <summary>
/// <c>GET /{lang}/reading?size=large&amp;contrast=high&amp;return=/zh/…</c> sets the reading cookie and sends the
/// reader back to the page they were on. Plain links (rel=nofollow, noindex) rather than a POST form: a
/// per-reader antiforgery token on every page would keep pages out of a shared output cache, and the worst a
/// forged link can do is change someone's text size.
/// </summary>
public static class ReadingEndpoints
{
    public static IEndpointRouteBuilder MapReadingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{lang:lang}/reading", Choose).ExcludeFromDescription();
        return endpoints;
    }

    private static Results<RedirectHttpResult, ContentHttpResult> Choose(
        string lang, string? size, string? contrast, string? @return, HttpContext context, IStringLocalizer<ReadingText> text)
    {
        var current = ReadingPreferences.Of(context);
        var language = SiteLanguage.FromCode(lang) ?? SiteLanguage.Chinese;
        var chosenSize = current.Size;
        if (size is not null && !ReadingPreferences.TryParseSize(size, out chosenSize))
        {
            return TypedResults.Text(text["UnknownChoice"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        if (contrast is not null and not ("high" or "standard"))
        {
            return TypedResults.Text(text["UnknownChoice"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        var chosen = new ReadingPreferences(chosenSize, contrast is null ? current.HighContrast : contrast == "high");
        context.Response.Cookies.Append(ReadingPreferences.Cookie, chosen.CookieValue, new CookieOptions
        {
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            IsEssential = true,
        });
        context.Response.Headers.Append("X-Robots-Tag", "noindex");
        // Only a path on this site: never an open redirect to another host.
        var back = @return is { Length: > 0 } && @return[0] == '/' && !@return.StartsWith("//", StringComparison.Ordinal) && !@return.Contains('\\', StringComparison.Ordinal)
            ? @return
            : $"/{language.Code}/";
        return TypedResults.Redirect(back);
    }
}
