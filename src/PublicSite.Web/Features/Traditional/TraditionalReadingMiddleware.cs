using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Traditional;

/// <summary>
/// Serves <c>/zh-hant/…</c> as a reading of <c>/zh/…</c>: the path is rewritten for the Chinese handlers (forms
/// post to them too) and redirects are sent back to the Traditional path. The text itself is converted further in,
/// by <see cref="TraditionalConversion"/>, so that the page cache keeps and compresses the converted page.
/// </summary>
public sealed class TraditionalReadingMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(TraditionalReading.PathPrefix, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return next(context);
        }
        context.Request.Path = "/zh" + rest;
        context.Features.Set(new TraditionalReading());
        context.Response.OnStarting(() =>
        {
            if (context.Response.Headers.Location.ToString() is { Length: > 0 } location)
            {
                context.Response.Headers.Location = RewriteLocation(location, PublicAddress.BaseUrl(context));
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static string RewriteLocation(string location, string baseUrl) =>
        location.StartsWith(baseUrl + "/zh", StringComparison.Ordinal)
            ? baseUrl + TraditionalReading.PathOf(location[baseUrl.Length..])
            : TraditionalReading.PathOf(location);
}
