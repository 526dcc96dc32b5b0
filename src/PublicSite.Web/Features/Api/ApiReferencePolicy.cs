namespace PublicSite.Web.Features.Api;

/// <summary>
/// The API reference page runs Scalar, which starts from an inline module script and styles its components
/// inline; the site's strict Content-Security-Policy (set by <c>SecurityHeaders</c>) forbids both. Only endpoints
/// marked with <see cref="Marker"/> get the relaxed policy; everything still has to come from this origin.
/// </summary>
internal sealed class ApiReferencePolicy(RequestDelegate next)
{
    private const string Relaxed =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null)
        {
            context.Response.Headers.ContentSecurityPolicy = Relaxed;
        }
        return next(context);
    }

    /// <summary>Endpoint metadata: this page may run the reference's inline script and styles.</summary>
    public sealed class Marker;
}
