using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Compresses only what anyone may read. BREACH needs a secret and attacker-chosen text in one compressed
/// response: public pages carry no secret (no antiforgery token, no personal data), while forms, status links,
/// the manager and anything marked no-store or private (which is how pages with a token mark themselves) go
/// out uncompressed.
/// </summary>
internal sealed class PublicCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context)
    {
        var response = context.Response;
        if (AssetVersions.IsAsset(context))
        {
            return base.ShouldCompressResponse(context);
        }
        if (!PublicResponsePolicy.IsPublicRequest(context)
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString))
        {
            return false;
        }
        return base.ShouldCompressResponse(context);
    }
}
