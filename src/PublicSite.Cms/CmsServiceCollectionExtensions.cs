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
    /// <summary>
    /// Registers the CMS core on SQLite at <paramref name="databasePath"/> with the site's content types, and the
    /// media store at <paramref name="mediaRoot"/> (by default <c>media/</c> beside the database).
    /// </summary>
    public static IServiceCollection AddCms(this IServiceCollection services, string databasePath, string? mediaRoot = null)
    {
        services.AddSingleton(new MediaStore(mediaRoot ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "media")));
        services.AddSingleton<OutboxSaveInterceptor>();
        services.AddDbContext<CmsDbContext>((provider, options) => options
            .UseSqlite($"Data Source={databasePath}")
            .AddInterceptors(provider.GetRequiredService<OutboxSaveInterceptor>()));
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
