using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Traditional;

/// <summary>
/// Converts the HTML or XML answer of a <c>/zh-hant/…</c> request to Traditional characters. It runs inside the
/// page cache and the compression (and inside the ETag, so the tag is of the converted bytes): a page is converted
/// once per rendering, stored converted and compressed, and served like a <c>/zh/…</c> page. The cost is sent as
/// <c>Server-Timing: hant;dur=…</c> so it can be measured per page.
/// </summary>
public sealed class TraditionalConversion(RequestDelegate next, TraditionalConverter converter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<TraditionalReading>() is not { } reading)
        {
            await next(context);
            return;
        }
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
        buffer.Position = 0;
        if (buffer.Length == 0 || reading.IsConverted || !IsMarkup(context.Response.ContentType) || context.Response.Headers.ContentEncoding.Count > 0)
        {
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }
        var started = Stopwatch.GetTimestamp();
        var text = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var converted = Encoding.UTF8.GetBytes(TraditionalMarkup.Convert(text, converter, PublicAddress.BaseUrl(context)));
        var elapsed = Stopwatch.GetElapsedTime(started);
        // Feeds and the sitemap give the length of their Simplified bytes; compression drops the header when it applies.
        context.Response.ContentLength = converted.Length;
        context.Response.Headers.Append("Server-Timing", string.Create(CultureInfo.InvariantCulture, $"hant;dur={elapsed.TotalMilliseconds:0.###}"));
        await original.WriteAsync(converted, context.RequestAborted);
    }

    internal static bool IsMarkup(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Value is "text/html" or "application/atom+xml" or "application/xml" or "text/xml" or "application/xhtml+xml";
}
