using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Traditional;

/// <summary>
/// Serves <c>/zh-hant/…</c> as a reading of <c>/zh/…</c>: the path is rewritten for the Chinese handlers (forms
/// post to them too), and their HTML or XML answer is converted on the way out. The cost is sent as
/// <c>Server-Timing: hant;dur=…</c> so it can be measured per page.
/// </summary>
public sealed class TraditionalReadingMiddleware(RequestDelegate next, TraditionalConverter converter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(TraditionalReading.PathPrefix, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            await next(context);
            return;
        }
        context.Request.Path = "/zh" + rest;
        context.Features.Set(new TraditionalReading());
        // The answer is converted here, so whatever runs inside must not compress it first.
        context.Request.Headers.AcceptEncoding = default;

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var baseUrl = PublicAddress.BaseUrl(context);
        if (context.Response.Headers.Location.ToString() is { Length: > 0 } location)
        {
            context.Response.Headers.Location = RewriteLocation(location, baseUrl);
        }
        buffer.Position = 0;
        if (buffer.Length == 0 || !IsMarkup(context.Response.ContentType) || context.Response.Headers.ContentEncoding.Count > 0)
        {
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var converted = Encoding.UTF8.GetBytes(TraditionalMarkup.Convert(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), converter, baseUrl));
        var elapsed = Stopwatch.GetElapsedTime(started);
        context.Response.ContentLength = converted.Length;
        context.Response.Headers.Append("Server-Timing", string.Create(CultureInfo.InvariantCulture, $"hant;dur={elapsed.TotalMilliseconds:0.###}"));
        await original.WriteAsync(converted, context.RequestAborted);
    }

    private static bool IsMarkup(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Value is "text/html" or "application/atom+xml" or "application/xml" or "text/xml" or "application/xhtml+xml";

    private static string RewriteLocation(string location, string baseUrl) =>
        location.StartsWith(baseUrl + "/zh", StringComparison.Ordinal)
            ? baseUrl + TraditionalReading.PathOf(location[baseUrl.Length..])
            : TraditionalReading.PathOf(location);
}
