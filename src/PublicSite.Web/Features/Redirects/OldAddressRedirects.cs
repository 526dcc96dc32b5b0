using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Redirects;

/// <summary>
/// Answers an address no page of the site matches with a 301 to the page an editor mapped it to (an old site's
/// address, <see cref="ManualRedirect"/>). It runs after routing and only when no endpoint matched, so it never
/// shadows a page and costs nothing on the pages readers normally open. A mapping whose page is not public now
/// leads to the usual 404, not to a withdrawn page.
/// </summary>
public sealed class OldAddressRedirects(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CmsDbContext db, ContentTypeRegistry types, TimeProvider time)
    {
        if (context.GetEndpoint() is null && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && await TargetOfAsync(context.Request.Path + context.Request.QueryString, db, types, time, context.RequestAborted) is { } target)
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = target;
            context.Response.Headers.CacheControl = "public,max-age=3600";
            return;
        }
        await next(context);
    }

    /// <summary>Where an old address leads now: the mapping with its query first, then the path alone (old links carry tracking queries).</summary>
    public static async Task<string?> TargetOfAsync(string address, CmsDbContext db, ContentTypeRegistry types, TimeProvider time, CancellationToken cancellationToken)
    {
        if (OldAddress.Normalise(address) is not { } key)
        {
            return null;
        }
        var query = key.IndexOf('?', StringComparison.Ordinal);
        string[] keys = query >= 0 ? [key, key[..query]] : [key];
        var redirects = await db.ManualRedirects.AsNoTracking().Where(r => keys.Contains(r.FromPath)).ToListAsync(cancellationToken);
        var redirect = redirects.OrderByDescending(r => r.FromPath.Length).FirstOrDefault();
        return redirect is null ? null : await CurrentAddressAsync(redirect.TargetItemId, redirect.TargetLanguage, db, types, time, cancellationToken);
    }

    /// <summary>The public address of a page now, or null when it is not public.</summary>
    public static async Task<string?> CurrentAddressAsync(Guid itemId, string culture, CmsDbContext db, ContentTypeRegistry types, TimeProvider time, CancellationToken cancellationToken)
    {
        var page = await db.Variants.AsNoTracking().VisibleAt(time.GetUtcNow().UtcDateTime)
            .Where(v => v.ItemId == itemId && v.Language == culture)
            .Select(v => new { v.TypeKey, v.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        return page is not null && types.Find(page.TypeKey) is { } type && SiteLanguage.FromCulture(culture) is { } language
            ? SiteUrls.Item(language, type.Section, page.Slug)
            : null;
    }
}
