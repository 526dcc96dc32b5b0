using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

using PublicSite.Web.Features.Reading;
using PublicSite.Web.Features.Traditional;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Which responses the output cache may serve and store. Only anonymous GETs of public addresses are looked up;
/// a response is stored only when its page tagged it (<see cref="PageCacheTags"/>), it is a 200, sets no cookie
/// and does not forbid storing — so forms (antiforgery sets no-store and a cookie), previews (no-store),
/// status links and anything a signed-in editor sees never enter it.
/// </summary>
/// <remarks>
/// A base policy is built with the output cache's options, which the cache store needs, which the eviction needs:
/// so the eviction is taken from the request's services rather than the constructor.
/// </remarks>
internal sealed class PublicResponsePolicy(TimeProvider time, IOptions<PageCacheOptions> options, IMeterFactory meters) : IOutputCachePolicy
{
    /// <summary>
    /// Hits, and misses that were rendered to be stored: the hit ratio of what the cache may hold, not diluted by
    /// forms, searches and other responses it never keeps.
    /// </summary>
    private readonly Counter<long> _requests = meters.Create(SiteTelemetryExtensions.MeterName)
        .CreateCounter<long>("publicsite.page_cache.requests", "{request}", "Page cache lookups of storable responses, by result (hit, miss).");

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!options.Value.Enabled || !IsPublicRequest(http))
        {
            return;
        }
        var eviction = http.RequestServices.GetRequiredService<PageCacheEviction>();
        var now = time.GetUtcNow().UtcDateTime;
        if (eviction.NextScheduledChange is { } next && next <= now)
        {
            await eviction.PassScheduledChangeAsync(cancellation);
        }
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        // The stored body is already compressed: one entry per coding a client can take.
        context.CacheVaryByRules.VaryByValues["coding"] = Coding(http.Request.Headers.AcceptEncoding);
        // /zh-hant/… is served by the Chinese handlers at /zh/…, and the reading options change <html>'s classes.
        context.CacheVaryByRules.VaryByValues["script"] = TraditionalReading.IsOn(http) ? "hant" : "hans";
        context.CacheVaryByRules.VaryByValues["reading"] = ReadingPreferences.Of(http).CookieValue;
        var lifetime = options.Value.MaxEntryLifetime;
        if (eviction.NextScheduledChange is { } scheduled && scheduled - now < lifetime)
        {
            lifetime = scheduled - now;
        }
        context.ResponseExpirationTimeSpan = lifetime;
        context.Tags.Add(PageCacheTags.All);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        _requests.Add(1, new KeyValuePair<string, object?>("result", "hit"));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !PageCacheTags.IsTagged(context.HttpContext)
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString))
        {
            context.AllowCacheStorage = false;
        }
        else
        {
            _requests.Add(1, new KeyValuePair<string, object?>("result", "miss"));
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Anonymous GETs outside the manager, the search (its index follows the outbox on its own clock, so an
    /// evicted result could be rendered again from an index a moment behind), applications and previews.
    /// </summary>
    internal static bool IsPublicRequest(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }
        if (http.User.Identity?.IsAuthenticated == true || request.Headers.ContainsKey(HeaderNames.Authorization))
        {
            return false;
        }
        if (request.Query.ContainsKey("preview") || request.Query.ContainsKey("token"))
        {
            return false;
        }
        var path = request.Path.Value ?? "/";
        return !(request.Path.StartsWithSegments("/manager", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase)
            || request.Path.StartsWithSegments("/api/v1/search", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/search", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith("/apply", StringComparison.OrdinalIgnoreCase)
            || path.Contains("/applications/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The coding the compression middleware will choose: the acceptable one of highest quality, Brotli on a tie
    /// (it is registered first).
    /// </summary>
    internal static string Coding(StringValues acceptEncoding)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return "identity";
        }
        double Quality(string coding) =>
            codings.Where(c => c.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)).Select(c => c.Quality ?? 1).DefaultIfEmpty(
                codings.Where(c => c.Value.Equals("*", StringComparison.Ordinal)).Select(c => c.Quality ?? 1).DefaultIfEmpty(0).Max()).Max();
        var (brotli, gzip) = (Quality("br"), Quality("gzip"));
        return brotli > 0 && brotli >= gzip ? "br" : gzip > 0 ? "gzip" : "identity";
    }
}
