using Microsoft.AspNetCore.Http.Features;

namespace PublicSite.Web.Site.Telemetry;

/// <summary>
/// Adds a <c>route_group</c> tag to ASP.NET Core's <c>http.server.request.*</c> metrics: a handful of values
/// (a language's pages, the manager, the API, media, assets, health, metrics), so request rate and latency can be
/// read per part of the site without a series per page. Runs first, before /zh-hant is rewritten to /zh.
/// </summary>
internal sealed class RouteGroups(RequestDelegate next)
{
    public const string Tag = "route_group";

    public Task InvokeAsync(HttpContext context)
    {
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(Tag, Of(context.Request.Path)));
        return next(context);
    }

    internal static string Of(PathString path)
    {
        var value = path.Value ?? "/";
        var end = value.IndexOf('/', 1);
        var first = (end < 0 ? value[1..] : value[1..end]).ToLowerInvariant();
        return first switch
        {
            "zh" => "site-zh",
            "zh-hant" => "site-zh-hant",
            "pt" => "site-pt",
            "manager" => "manager",
            "api" or "openapi" or "scalar" => "api",
            "media" => "media",
            "theme" or "manager-assets" => "static",
            "healthz" => "health",
            "metrics" => "metrics",
            _ => "other",
        };
    }
}
