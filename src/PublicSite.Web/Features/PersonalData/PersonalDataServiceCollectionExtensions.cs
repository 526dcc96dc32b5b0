using Microsoft.Extensions.DependencyInjection.Extensions;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.PersonalData;

public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>Name of the rate-limiting policy on every public form that takes personal data.</summary>
    public const string FormRateLimitPolicy = "applications";

    /// <summary>
    /// What the personal-data workflows share: storage, encryption, the submission allowance and the forms' rate
    /// limit. Each workflow's own <c>Add…</c> calls this; the second and later calls add nothing.
    /// </summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(PersonalDataProtector)))
        {
            return services;
        }
        services.AddOptions<PersonalDataFormOptions>().Bind(configuration.GetSection(PersonalDataFormOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PersonalDataStorage>();
        services.AddSingleton<ApplicantLookupKey>();
        services.AddScoped<IStartupStep, ApplicantLookupKeyStep>();
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<SubmissionAllowance>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, PersonalDataFormRateLimitPolicy>(FormRateLimitPolicy);
        });
        return services;
    }

    /// <summary>Registers a purge (scoped) and the background job that runs it every <paramref name="interval"/>.</summary>
    public static IServiceCollection AddPersonalDataPurge<TPurge>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TPurge : class, IPersonalDataPurge
    {
        services.AddScoped<TPurge>();
        services.AddSingleton(provider => new PurgeInterval<TPurge>(interval(provider)));
        services.AddHostedService<PersonalDataPurgeJob<TPurge>>();
        return services;
    }
}
