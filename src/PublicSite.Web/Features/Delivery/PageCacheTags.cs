using Microsoft.AspNetCore.OutputCaching;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// What a cached response shows, as output-cache tags. A response is stored only if its page named at least one
/// tag, so a page that does not say what it depends on is never served from the cache; each outbox event evicts
/// the tags of its item (<see cref="ForChange"/>).
/// </summary>
public static class PageCacheTags
{
    /// <summary>Every stored response carries it; passing a scheduled publication or expiry evicts it.</summary>
    public const string All = "public";

    /// <summary>Responses that depend on every item (sitemap, API lists, the change feed).</summary>
    public const string AnyChange = "any-change";

    /// <summary>
    /// Pages whose words are in the code, not the content (the 政府信息公开 column's home, the site map): only
    /// <see cref="All"/> (a scheduled change) and the entry's lifetime clear them, and a deployment restarts the cache.
    /// </summary>
    public const string Fixed = "fixed";

    public static string Item(Guid itemId) => "item:" + itemId.ToString("N");

    /// <summary>Lists, feeds and the catalogue of one content type.</summary>
    public static string Type(string typeKey) => "type:" + typeKey;

    /// <summary>Pages that link to an item by its key (a replacement, an interpretation), found or not yet.</summary>
    public static string Key(string itemKey) => "key:" + itemKey;

    /// <summary>The tags one changed item touches: its pages in every language, its type's lists, links to it, and the rest.</summary>
    public static string[] ForChange(Guid itemId, string itemKey, string typeKey) =>
        [Item(itemId), Key(itemKey), Type(typeKey), AnyChange];

    /// <summary>Names what the response being rendered shows; without an output cache (not cacheable) it does nothing.</summary>
    public static void Add(HttpContext context, params ReadOnlySpan<string> tags)
    {
        if (context.Features.Get<IOutputCacheFeature>()?.Context is not { } cache)
        {
            return;
        }
        foreach (var tag in tags)
        {
            cache.Tags.Add(tag);
        }
        context.Items[TaggedKey] = true;
    }

    internal static bool IsTagged(HttpContext context) => context.Items.ContainsKey(TaggedKey);

    private static readonly object TaggedKey = new();
}
