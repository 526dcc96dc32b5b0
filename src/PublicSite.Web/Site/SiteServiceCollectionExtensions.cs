using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using PublicSite.Cms;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site.Keys;

namespace PublicSite.Web.Site;

public static class SiteServiceCollectionExtensions
{
    /// <summary>The site's foundation: options, data directory, CMS core, localization and Razor pages.</summary>
    public static WebApplicationBuilder AddSite(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var site = builder.Configuration.GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? new SiteOptions();
        var dataDirectory = site.ResolveDataDirectory(builder.Environment.ContentRootPath);
        Directory.CreateDirectory(dataDirectory);
        services.AddCms(site.Database.Resolve(builder.Configuration, dataDirectory), Path.Combine(dataDirectory, "media"));
        // Antiforgery tokens, cookies and the applicants' encrypted data must survive a restart and read on every
        // node: the keys live in the database, each still encrypted by the certificate when one is configured.
        services.AddSiteDbContext<KeysDbContext, PostgreSqlKeysDbContext>(KeysDbContext.MigrationsHistoryTable);
        var dataProtection = services.AddDataProtection()
            .PersistKeysToDbContext<KeysDbContext>()
            .SetApplicationName("PublicSite");
        ProtectKeys(dataProtection, builder.Configuration.GetSection(KeyProtectionOptions.SectionName).Get<KeyProtectionOptions>() ?? new());
        services.AddOptions<KeyProtectionOptions>().BindConfiguration(KeyProtectionOptions.SectionName);
        var keysDirectory = Path.Combine(dataDirectory, "keys");
        services.AddScoped<IStartupStep>(provider => new KeysMigration(keysDirectory, provider.GetRequiredService<ILogger<KeysMigration>>()));
        services.AddScoped<SharedSecrets>();
        services.AddScoped<IStartupStep, KeyProtectionWarning>();

        services.AddReverseProxy();

        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = SiteLanguage.All.Select(l => CultureInfo.GetCultureInfo(l.Culture)).ToList();
            options.DefaultRequestCulture = new RequestCulture(SiteLanguage.Chinese.Culture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new PathLanguage.CultureProvider()];
        });
        services.Configure<RouteOptions>(options => options.ConstraintMap["lang"] = typeof(LanguageRouteConstraint));
        services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SiteText)));

        // Chinese and Portuguese text is written as is, not as numeric character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<PageMeta>();
        services.AddScoped<ContentPreview>();
        services.AddHostedService<PublishingScheduleJob>();
        services.AddSingleton<IPostConfigureOptions<SiteOptions>, SiteOptionsPostConfigure>();
        return builder;
    }

    private static void ProtectKeys(IDataProtectionBuilder dataProtection, KeyProtectionOptions options)
    {
        if (options.LoadCertificate() is { } certificate)
        {
            // Decryption looks in the certificate stores unless told of this certificate: a PFX from a file is in none.
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }
        else if (!string.IsNullOrWhiteSpace(options.CertificateThumbprint))
        {
            dataProtection.ProtectKeysWithCertificate(options.CertificateThumbprint);
        }
    }

    private sealed class SiteOptionsPostConfigure : IPostConfigureOptions<SiteOptions>
    {
        public void PostConfigure(string? name, SiteOptions options) => options.BaseUrl = options.BaseUrl?.TrimEnd('/');
    }
}
