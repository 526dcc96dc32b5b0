using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Gives public HTML pages a weak ETag of their bytes and <c>Cache-Control: no-cache</c>, so browsers and proxies
/// revalidate every time (a publication shows at once) and get a 304 when nothing changed. Runs inside the page
/// cache, so a page is hashed once per rendering and the cache answers later If-None-Match itself. Weak, because
/// the same page goes out in three codings.
/// </summary>
internal sealed class HtmlEntityTags(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !PublicResponsePolicy.IsPublicRequest(context))
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
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK
            && response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && !response.Headers.ContainsKey(HeaderNames.ETag)
            && !response.Headers.ContainsKey(HeaderNames.CacheControl)
            && !response.HasStarted)
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32]}\"", isWeak: true);
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = "no-cache";
            if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } candidates && candidates.Any(c => c.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
