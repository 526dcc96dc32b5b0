using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PublicSite.Web.Site.Keys;

namespace PublicSite.Web.Tests.Site;

public sealed class KeyProtectionTests : IDisposable
{
    private const string PfxPassword = "Test-Pfx-Pa55word!";

    private readonly string _dataDirectory = SiteFactory.NewDataDirectory();
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"publicsite-keys-{Guid.NewGuid():N}.pfx");

    public KeyProtectionTests()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=PublicSite key protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(_pfx, certificate.Export(X509ContentType.Pfx, PfxPassword));
    }

    private sealed class CertificateSite(string dataDirectory, string pfx) : SiteFactory(dataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", pfx);
            builder.UseSetting("DataProtection:CertificatePassword", PfxPassword);
        }
    }

    /// <summary>The site as deployed (Production), its log kept for the test to read.</summary>
    private sealed class LoggedSite(string dataDirectory, string? pfx) : SiteFactory(dataDirectory)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (pfx is not null)
            {
                builder.UseSetting("DataProtection:CertificatePath", pfx);
                builder.UseSetting("DataProtection:CertificatePassword", PfxPassword);
            }
            builder.ConfigureTestServices(services => services.AddFakeLogging());
        }

        public IEnumerable<string> Warnings => Services.GetRequiredService<FakeLogCollector>().GetSnapshot()
            .Where(r => r.Level == LogLevel.Warning).Select(r => r.Message);
    }

    [Fact]
    public void In_production_without_a_certificate_the_operator_is_warned_at_start_that_the_keys_lie_unencrypted()
    {
        using var site = new LoggedSite(_dataDirectory, pfx: null);
        site.CreateClient();

        Assert.Contains(site.Warnings, w => w.Contains("DataProtection:CertificatePath", StringComparison.Ordinal));
    }

    [Fact]
    public void With_a_certificate_configured_no_such_warning_is_given()
    {
        using var site = new LoggedSite(_dataDirectory, _pfx);
        site.CreateClient();

        Assert.DoesNotContain(site.Warnings, w => w.Contains("DataProtection:CertificatePath", StringComparison.Ordinal));
    }

    private static IDataProtector Protector(SiteFactory site) =>
        site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("KeyProtectionTests");

    [Fact]
    public async Task With_a_certificate_configured_the_stored_keys_hold_no_plain_master_key_and_still_work_after_a_restart()
    {
        string secret;
        List<string?> stored;
        using (var site = new CertificateSite(_dataDirectory, _pfx))
        {
            secret = Protector(site).Protect("M12345678");
            stored = await site.WithServicesAsync(s => s.GetRequiredService<KeysDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        }

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        });
        using var restarted = new CertificateSite(_dataDirectory, _pfx);
        Assert.Equal("M12345678", Protector(restarted).Unprotect(secret));
    }

    public void Dispose()
    {
        SiteFactory.DeleteDataDirectory(_dataDirectory);
        File.Delete(_pfx);
    }
}
