using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.Applications.Manager;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Applications;

public static class ApplicationsServiceCollectionExtensions
{
    /// <summary>
    /// Applications to programme calls: their own database context and migrations, form, status page, mail, purge
    /// and review pages, and the policy that guards those pages.
    /// </summary>
    public static IServiceCollection AddApplications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersonalData(configuration).AddMail(configuration);
        services.AddOptions<ApplicationsOptions>().Bind(configuration.GetSection(ApplicationsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<CvStorage>();
        services.AddSiteDbContext<ApplicationsDbContext, PostgreSqlApplicationsDbContext>(ApplicationsDbContext.MigrationsHistoryTable);
        services.AddScoped<ApplicationSubmission>();
        services.AddScoped<CallTitles>();
        services.AddScoped<ApplicantMail>();
        services.AddPersonalDataPurge<ApplicationPurge>(provider => provider.GetRequiredService<IOptions<ApplicationsOptions>>().Value.PurgeInterval);

        // Only publishers and administrators see applicants' personal data; editors do not. The folder rule also
        // covers any review page added later; each page says so again with its own attribute.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Applications/Manager", EditorRoles.CanPublish));
        services.AddScoped<ApplicationReview>();
        services.AddScoped<IStartupStep, ApplicationsMigration>();
        return services;
    }
}
