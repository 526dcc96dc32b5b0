using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Disclosure;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Seed;

namespace PublicSite.Cms;

public static class CmsServiceCollectionExtensions
{
    // EF Core's default name: the content store was first and kept it.
    private const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>
    /// Registers the CMS core on SQLite at <paramref name="databasePath"/> with the site's content types, and the
    /// media store at <paramref name="mediaRoot"/> (by default <c>media/</c> beside the database).
    /// </summary>
    public static IServiceCollection AddCms(this IServiceCollection services, string databasePath, string? mediaRoot = null) =>
        services.AddCms(SiteDatabase.Sqlite(databasePath), mediaRoot ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "media"));

    /// <summary>Registers the CMS core on <paramref name="database"/>, with the media files under <paramref name="mediaRoot"/>.</summary>
    public static IServiceCollection AddCms(this IServiceCollection services, SiteDatabase database, string mediaRoot)
    {
        services.AddSingleton(database);
        services.AddSingleton(new MediaStore(mediaRoot));
        services.AddTransient<SiteDatabaseCopy>();
        services.AddSingleton<OutboxSaveInterceptor>();
        services.AddSiteDbContext<CmsDbContext, PostgreSqlCmsDbContext>(HistoryTable, (provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<OutboxSaveInterceptor>()));
        services.AddSingleton(new ContentTypeRegistry()
            .Register<DisclosedDocument>()
            .Register<NewsArticle>()
            .Register<GuidancePage>()
            .Register<ProgrammeCall>()
            .Register<BusinessEvent>()
            .Register<PlainPage>());
        services.AddSingleton<ContentHtml>();
        services.AddScoped<Reading.PublishedContent>();
        services.AddScoped<ContentService>();
        services.AddScoped<EditorialService>();
        services.AddScoped<DraftAutosave>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaReferenceCheck>();
        services.AddSingleton<ImageVariants>();
        services.AddScoped<MediaReferenceRepair>();
        services.AddScoped<DisclosureRules>();
        services.AddScoped<IndexNumberRegistry>();
        services.AddScoped<SeedImporter>();
        services.AddScoped<Import.NoticeImport>();
        services.AddScoped<Taxonomy.TaxonomyService>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
