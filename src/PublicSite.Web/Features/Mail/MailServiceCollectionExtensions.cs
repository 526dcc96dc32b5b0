using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Outgoing mail: SMTP when <c>Smtp:Host</c> is set, else the pickup folder. Every feature that sends mail calls
    /// this; the second and later calls add nothing.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IMailDelivery)))
        {
            return services;
        }
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<PersonalDataStorage>();
        services.AddSingleton<PickupFolderMailDelivery>();
        services.AddSingleton<IMailDelivery>(provider => provider.GetRequiredService<IOptions<SmtpOptions>>().Value.IsConfigured
            ? ActivatorUtilities.CreateInstance<SmtpMailDelivery>(provider)
            : provider.GetRequiredService<PickupFolderMailDelivery>());
        return services;
    }
}
