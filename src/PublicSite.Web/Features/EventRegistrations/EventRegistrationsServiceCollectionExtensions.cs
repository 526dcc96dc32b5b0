using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.EventRegistrations;

public static class EventRegistrationsServiceCollectionExtensions
{
    /// <summary>
    /// Online registration for events: own context and migrations in the site's SQLite file, on the shared
    /// personal-data pieces (encryption, masking, the forms' rate limit, purge) and the site's mail.
    /// </summary>
    public static IServiceCollection AddEventRegistrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersonalData(configuration).AddMail(configuration);
        services.AddOptions<EventRegistrationsOptions>().Bind(configuration.GetSection(EventRegistrationsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSiteDbContext<EventRegistrationsDbContext, PostgreSqlEventRegistrationsDbContext>(EventRegistrationsDbContext.MigrationsHistoryTable);
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<RegistrationMail>();
        services.AddScoped<Manager.EventTitles>();
        services.AddPersonalDataPurge<RegistrationPurge>(provider => provider.GetRequiredService<IOptions<EventRegistrationsOptions>>().Value.PurgeInterval);
        services.AddScoped<IStartupStep, EventRegistrationsMigration>();
        // Editors see registrations (the issue says so); the folder rule covers every page of the registrations' manager.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/EventRegistrations/Manager", EditorRoles.CanEdit));
        return services;
    }
}
