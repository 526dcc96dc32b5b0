using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Testing;

namespace PublicSite.E2E.Infrastructure;

/// <summary>
/// The real site (its own Program, middleware, Razor pages, theme and seed import) on real Kestrel, with its data
/// in a directory of its own so every run starts from an empty database and imports <c>content-seed/</c>.
/// </summary>
internal sealed class SiteFactory(string dataDirectory) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production: what readers get (error pages, no developer exception page).
        builder.UseEnvironment("Production");
        builder.UseSetting("Site:DataDirectory", dataDirectory);
        foreach (var (key, value) in TestDatabase.SiteSettings(dataDirectory))
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Site:AdminEmail", Seed.AdminEmail);
        builder.UseSetting("Site:AdminPassword", Seed.AdminPassword);
        // Every journey signs in from 127.0.0.1; the sign-in throttle per address has tests of its own.
        builder.UseSetting("Manager:SignInAttemptsPerWindow", "1000");
        // Dates the seed depends on (open calls, their days left) must not depend on the day the suite runs.
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new SeedClock(Seed.Today)));
    }
}
