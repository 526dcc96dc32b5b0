using Microsoft.AspNetCore.Authorization;
using PublicSite.Cms.Media;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Site;

/// <summary>
/// Stands before the media files: a file is served while the CMS says readers may have it
/// (<see cref="MediaLibrary.IsPublicAsync"/>), or to a signed-in editor previewing their work; anyone else gets the
/// not-found page, as if the file had never been there.
/// </summary>
public sealed class MediaAccess(RequestDelegate next)
{
    public const string RequestPath = "/media";

    /// <summary>Set when only an editor may see the file, so no shared cache keeps it.</summary>
    public const string EditorOnlyItem = "media-editor-only";

    public async Task InvokeAsync(HttpContext context, MediaLibrary library, IAuthorizationService authorization)
    {
        if (!context.Request.Path.StartsWithSegments(RequestPath, out var rest) || !rest.HasValue)
        {
            await next(context);
            return;
        }
        if (!await library.IsPublicAsync(rest.Value.TrimStart('/'), context.RequestAborted))
        {
            if (!(await authorization.AuthorizeAsync(context.User, EditorRoles.CanEdit)).Succeeded)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Items[EditorOnlyItem] = true;
        }
        await next(context);
    }
}
