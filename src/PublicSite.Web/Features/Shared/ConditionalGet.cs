using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// Answers a GET with a body already rendered to bytes: a strong ETag (SHA-256 of exactly those bytes, so it
/// changes whenever any byte does), Last-Modified and Cache-Control. The framework's file result evaluates the
/// request's preconditions (RFC 9110 §13: If-None-Match before If-Modified-Since → 304, If-Match and
/// If-Unmodified-Since → 412), so no comparison is written here.
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
        // HTTP dates have whole seconds; the stored fraction would make every If-Modified-Since look older.
        var modified = lastModified is { } value
            ? new DateTimeOffset(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero)
            : (DateTimeOffset?)null;
        // Zero: a client may keep the answer but asks again each time (a 304 when nothing changed).
        context.Response.GetTypedHeaders().CacheControl = maxAge > TimeSpan.Zero
            ? new CacheControlHeaderValue { Public = true, MaxAge = maxAge }
            : new CacheControlHeaderValue { Public = true, NoCache = true };
        return TypedResults.Bytes(body, contentType, lastModified: modified, entityTag: etag);
    }
}
