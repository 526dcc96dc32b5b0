using PublicSite.Cms.Data;
using PublicSite.Web.Features.Inspection.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Inspection;

public static class InspectionServiceCollectionExtensions
{
    /// <summary>The inspection checks (freshness, broken links), their panel on the manager's home and the daily mail.</summary>
    public static IServiceCollection AddSiteInspection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMail(configuration);
        services.AddOptions<InspectionOptions>().Bind(configuration.GetSection(InspectionOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSiteDbContext<InspectionDbContext, PostgreSqlInspectionDbContext>(InspectionDbContext.MigrationsHistoryTable);
        services.AddScoped<IStartupStep, InspectionMigration>();
        services.AddScoped<LinkCheck>();
        services.AddScoped<SiteInspection>();
        services.AddScoped<InspectionDigest>();
        services.AddHostedService<InspectionDigestJob>();
        return services;
    }
}
