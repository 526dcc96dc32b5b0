using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Delivery;

/// <summary>
/// Fingerprinted addresses of the theme's and the manager's assets (<c>/theme/site.css?v=3f2a…</c>, a hash of the
/// file's bytes): a changed file gets a new address, so a versioned one can be cached for a year as immutable.
/// The theme lives outside wwwroot, where <c>asp-append-version</c> does not look; this covers both.
/// </summary>
public sealed class AssetVersions(IOptions<SiteOptions> site, IWebHostEnvironment environment)
{
    public const string ThemePrefix = "/theme/";

    private const string VersionKey = "v";

    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    /// <summary>The address of an asset with its version, e.g. <c>Url("/theme/site.css")</c>; as given if no such file.</summary>
    public string Url(string path) => _urls.GetOrAdd(path, p =>
    {
        var file = p.StartsWith(ThemePrefix, StringComparison.Ordinal)
            ? Path.Combine(site.Value.ThemeAssetsDirectory, p[ThemePrefix.Length..])
            : environment.WebRootFileProvider.GetFileInfo(p).PhysicalPath;
        if (file is null || !File.Exists(file))
        {
            return p;
        }
        // Read once per address and process: assets change with a deployment, which restarts the site.
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..16];
        return $"{p}?{VersionKey}={hash}";
    });

    /// <summary>A versioned request may be kept a year; an unversioned one is revalidated (it has an ETag).</summary>
    public static void SetCacheControl(StaticFileResponseContext context)
    {
        context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey(VersionKey)
            ? "public,max-age=31536000,immutable"
            : "no-cache";
    }

    /// <summary>Theme and manager assets, compressed by <c>UseResponseCompression</c> in front of the static files.</summary>
    public static bool IsAsset(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/theme", StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments("/manager-assets", StringComparison.OrdinalIgnoreCase);
}
