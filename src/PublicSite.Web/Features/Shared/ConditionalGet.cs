using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// Answers a GET with a body already rendered to bytes: a strong ETag (SHA-256 of exactly those bytes, so it
/// changes whenever any byte does), Last-Modified, Cache-Control, and 304 when the client's copy is current.
/// </summary>
public static class ConditionalGet
{
    public static IResult Respond(HttpContext context, byte[] body, string contentType, DateTimeOffset? lastModified, TimeSpan maxAge)
    {
        // A /zh-hant feed is hashed as sent, in Traditional characters, as the pages' ETags are (HtmlEntityTags).
        if (Traditional.TraditionalConversion.IsMarkup(contentType))
        {
            body = Traditional.TraditionalReading.Read(context, body);
        }
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\"");
        // HTTP dates have whole seconds; comparing with the stored fraction would never match.
        var modified = lastModified is { } value
            ? new DateTimeOffset(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero)
            : (DateTimeOffset?)null;

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = modified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = maxAge };

        return IsCurrent(context.Request, etag, modified)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, contentType);
    }

    /// <summary>RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it.</summary>
    private static bool IsCurrent(HttpRequest request, EntityTagHeaderValue etag, DateTimeOffset? modified)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch is { Count: > 0 } candidates)
        {
            return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(etag, useStrongComparison: false));
        }
        return modified is { } lastModified && headers.IfModifiedSince is { } since && lastModified <= since;
    }
}
