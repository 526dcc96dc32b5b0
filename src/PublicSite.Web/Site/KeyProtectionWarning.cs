using Microsoft.Extensions.Options;

namespace PublicSite.Web.Site;

/// <summary>Says at start, in production, that the Data Protection keys lie unencrypted in the database.</summary>
internal sealed partial class KeyProtectionWarning(IOptions<KeyProtectionOptions> options, IHostEnvironment environment, ILogger<KeyProtectionWarning> logger)
    : IStartupStep
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && !options.Value.IsConfigured)
        {
            Unprotected(logger);
        }
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Data Protection keys are stored unencrypted: set DataProtection:CertificatePath (and CertificatePassword) or DataProtection:CertificateThumbprint (see README, Security).")]
    private static partial void Unprotected(ILogger logger);
}
