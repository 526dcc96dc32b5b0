using System.Collections.Concurrent;
using PublicSite.Web.Features.Disclosure;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Counts views of disclosed documents in front of the page cache, so that every view counts whether the page
/// was rendered, served from the cache or revalidated (304). The page names its item in a response header
/// (stored with a cached copy); the header is taken off before the response leaves.
/// </summary>
internal sealed class ViewCounting(RequestDelegate next, ViewCounter views)
{
    public const string ItemHeader = "X-PublicSite-Viewed-Item";

    // Which item a path shows, learned from its last rendering, for 304s (which carry no such header).
    private readonly ConcurrentDictionary<string, Guid> _itemsByPath = new(StringComparer.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.OnStarting(() =>
            {
                Count(context);
                return Task.CompletedTask;
            });
        }
        return next(context);
    }

    private void Count(HttpContext context)
    {
        var response = context.Response;
        var path = context.Request.Path.Value ?? "";
        if (response.Headers.TryGetValue(ItemHeader, out var value))
        {
            response.Headers.Remove(ItemHeader);
            if (response.StatusCode == StatusCodes.Status200OK && Guid.TryParse(value, out var itemId))
            {
                if (_itemsByPath.Count < 100_000)
                {
                    _itemsByPath[path] = itemId;
                }
                views.Record(itemId, context.Request);
            }
        }
        else if (response.StatusCode == StatusCodes.Status304NotModified && _itemsByPath.TryGetValue(path, out var known))
        {
            views.Record(known, context.Request);
        }
    }
}
