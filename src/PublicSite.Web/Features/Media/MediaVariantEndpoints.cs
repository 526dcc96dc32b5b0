using Microsoft.AspNetCore.Authorization;
using PublicSite.Cms.Media;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Features.Media;

/// <summary>
/// <c>/media-variants/{width}/{id}</c> (original format) and <c>…/{id}.webp</c>: a library image resized for
/// phones, made on first request and kept on disk. Served under the same rule as the original file
/// (<see cref="MediaLibrary.IsPublicAsync"/>, or to an editor), so a withdrawn page's images go with it.
/// </summary>
public static class MediaVariantEndpoints
{
    public const string RequestPath = "/media-variants";

    public static IEndpointRouteBuilder MapMediaVariants(this IEndpointRouteBuilder app)
    {
        app.MapGet(RequestPath + "/{width:int}/{**path}", ServeAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>The address of one variant of the image <paramref name="id"/>.</summary>
    public static string Url(string id, int width, bool webp) =>
        $"{RequestPath}/{width}/{string.Join('/', id.Split('/').Select(Uri.EscapeDataString))}{(webp ? ImageVariants.WebpSuffix : "")}";

    private static async Task<IResult> ServeAsync(
        int width, string path, HttpContext context, MediaLibrary library, ImageVariants variants, IAuthorizationService authorization,
        CancellationToken cancellationToken)
    {
        // "a.jpg.webp" is the WebP copy of a.jpg; "a.webp" alone is a WebP original in its own format.
        var webp = path.EndsWith(ImageVariants.WebpSuffix, StringComparison.OrdinalIgnoreCase)
            && MediaTypes.Of(path[..^ImageVariants.WebpSuffix.Length]).StartsWith("image/", StringComparison.Ordinal);
        var id = webp ? path[..^ImageVariants.WebpSuffix.Length] : path;
        var isPublic = await library.IsPublicAsync(id, cancellationToken);
        if (!isPublic && !(await authorization.AuthorizeAsync(context.User, EditorRoles.CanEdit)).Succeeded)
        {
            return TypedResults.NotFound();
        }
        if (await variants.GetAsync(id, width, webp, cancellationToken) is not { } file)
        {
            return TypedResults.NotFound();
        }
        // A file's id carries its hash, so a public copy never changes under its address.
        context.Response.Headers.CacheControl = isPublic ? "public, max-age=31536000, immutable" : "private, no-store";
        return TypedResults.PhysicalFile(file, webp ? "image/webp" : MediaTypes.Of(id));
    }
}
