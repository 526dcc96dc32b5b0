using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.Manager.Applications;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Programmes.Applications;
using PublicSite.Web.Features.Programmes.Applications.Data;
using PublicSite.Web.Features.Programmes.Mail;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Programmes;

public static class ProgrammesServiceCollectionExtensions
{
    /// <summary>Name of the rate-limiting policy on application submissions.</summary>
    public const string RateLimitPolicy = "applications";

    /// <summary>Programme calls, applications (their own database context, encryption, emails, purge) and their review.</summary>
    public static IServiceCollection AddProgrammes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProgrammesOptions>().Bind(configuration.GetSection(ProgrammesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<ApplicationsStorage>();
        services.AddSingleton<PersonalDataProtector>();
        services.AddDbContext<ApplicationsDbContext>((provider, options) => options.UseSqlite(
            $"Data Source={provider.GetRequiredService<ApplicationsStorage>().DatabasePath}", ApplicationsDatabase.Configure));
        services.AddScoped<ApplicationSubmission>();
        services.AddSingleton<SubmissionAllowance>();
        services.AddScoped<CallTitles>();
        services.AddPersonalDataPurge<ApplicationPurge>(provider => provider.GetRequiredService<IOptions<ProgrammesOptions>>().Value.PurgeInterval);

        services.AddSingleton<PickupFolderMailDelivery>();
        services.AddSingleton<IMailDelivery>(provider => provider.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpMailDelivery>(provider)
            : provider.GetRequiredService<PickupFolderMailDelivery>());
        services.AddScoped<ApplicantMail>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, ApplicationRateLimitPolicy>(RateLimitPolicy);
        });

        // Only publishers and administrators see applicants' personal data; editors do not. The folder rule also
        // covers any review page added later; each page says so again with its own attribute.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Manager/Applications", EditorRoles.CanPublish));
        services.AddScoped<ApplicationReview>();
        services.AddScoped<IStartupStep, ApplicationsMigration>();
        return services;
    }
}
