using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Media;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Home;
using PublicSite.Web.Features.Redirects;
using PublicSite.Web.Features.Traditional;

namespace PublicSite.Web.Site;

public static class SiteApplicationExtensions
{
    /// <summary>The request pipeline: forwarded headers, errors as localized pages, security headers, theme assets, localization.</summary>
    public static WebApplication UseSite(this WebApplication app)
    {
        // First: everything after it (HSTS, secure cookies, rate limits, the audit log) sees the client, not the proxy.
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }
        app.UseTraditional();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();

        var options = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
        // Assets are compressed on each request (a few KB, and browsers keep versioned ones a year).
        app.UseWhen(AssetVersions.IsAsset, assets => assets.UseResponseCompression());
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(options.ThemeAssetsDirectory),
            RequestPath = "/theme",
            OnPrepareResponse = AssetVersions.SetCacheControl,
        });
        var media = app.Services.GetRequiredService<MediaStore>();
        Directory.CreateDirectory(media.Root);
        var types = new FileExtensionContentTypeProvider();
        foreach (var (extension, type) in MediaTypes.All)
        {
            types.Mappings[extension] = type;
        }
        // Before the media files: whether a file may be served depends on who asks (editors preview any file).
        app.UseAuthentication();
        app.UseMiddleware<MediaAccess>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(media.Root),
            RequestPath = MediaAccess.RequestPath,
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Items.ContainsKey(MediaAccess.EditorOnlyItem) ? "private,no-store" : "public,max-age=3600",
        });
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = AssetVersions.SetCacheControl });
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseOldAddressRedirects();
        // After routing: endpoint rate-limiting policies and [Authorize] need the chosen endpoint.
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapLanguageRedirect();
        app.MapRazorPages();
        return app;
    }
}
