using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Programmes.Applications;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.EventRegistrations;

public static class EventRegistrationsServiceCollectionExtensions
{
    /// <summary>
    /// Online registration for events: own context and migrations in the site's SQLite file. Encryption, mail and the
    /// rate limit are the programme applications' (<see cref="Programmes.ProgrammesServiceCollectionExtensions.AddProgrammes"/> must be added too).
    /// </summary>
    public static IServiceCollection AddEventRegistrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventRegistrationsOptions>().Bind(configuration.GetSection(EventRegistrationsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<EventRegistrationsDbContext>((provider, options) => options.UseSqlite(
            $"Data Source={provider.GetRequiredService<ApplicationsStorage>().DatabasePath}", EventRegistrationsDatabase.Configure));
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
