using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Manager.Applications;
using PublicSite.Web.Features.Programmes.Applications;
using PublicSite.Web.Features.Programmes.Applications.Data;
using PublicSite.Web.Features.Programmes.Mail;

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
        // CmsDbContext takes the non-generic DbContextOptions, which every AddDbContext re-registers for its own
        // context: point them back at the CMS's options, or the CMS would open with the applications' model.
        services.AddScoped<DbContextOptions>(provider => provider.GetRequiredService<DbContextOptions<CmsDbContext>>());
        services.AddScoped<ApplicationSubmission>();
        services.AddScoped<ApplicationPurge>();
        services.AddScoped<CallTitles>();
        services.AddHostedService<ApplicationPurgeJob>();

        services.AddSingleton<PickupFolderMailDelivery>();
        services.AddSingleton<IMailDelivery>(provider => provider.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpMailDelivery>(provider)
            : provider.GetRequiredService<PickupFolderMailDelivery>());
        services.AddScoped<ApplicantMail>();

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, SubmissionsPerClient);
        });

        // Sign-in and roles come from the manager feature; the review screens only ask for the roles.
        services.AddAuthentication();
        services.AddAuthorization();
        services.TryAddScoped<IApplicationAuditTrail, LoggedApplicationAuditTrail>();
        services.AddScoped<ApplicationReview>();
        return services;
    }

    // Only posts count: reading the form is free. Clients are told apart by address (behind a proxy, forwarded headers must be honoured).
    private static RateLimitPartition<string> SubmissionsPerClient(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }
        var options = context.RequestServices.GetRequiredService<IOptions<ProgrammesOptions>>().Value;
        return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.SubmissionsPerWindow,
            Window = options.SubmissionWindow,
            QueueLimit = 0,
        });
    }
}
