using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace PublicSite.Web.Site.Telemetry;

/// <summary>
/// Metrics through OpenTelemetry, scraped by Prometheus at <c>/metrics</c> when <c>Telemetry:Prometheus:Enabled</c>
/// (request rate and latency per route group, outbox lag per follower, page-cache hits, job runs, .NET runtime),
/// and the node's name on every log record.
/// </summary>
public static class SiteTelemetryExtensions
{
    /// <summary>The meter of the site's own instruments.</summary>
    public const string MeterName = "PublicSite";

    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddSiteTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => !o.Prometheus.InvalidNetworks().Any(), "Telemetry:Prometheus:AllowedNetworks must be CIDR networks (10.0.0.0/8).")
            .ValidateOnStart();
        services.AddSingleton<JobRuns>();
        services.AddLogging(logging => logging.EnableEnrichment());
        services.AddStaticLogEnricher<NodeNameLogEnricher>();

        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Prometheus.Enabled)
        {
            // No meter provider: the instruments above cost a null check each until something listens.
            return services;
        }
        services.AddHostedService<OutboxLag>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("PublicSite", serviceInstanceId: options.NodeName, autoGenerateServiceInstanceId: false))
            .WithMetrics(metrics => metrics
                .AddMeter(MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddPrometheusExporter());
        return services;
    }

    /// <summary>First in the pipeline: the route group is read from the path as the client sent it.</summary>
    public static WebApplication UseSiteTelemetry(this WebApplication app)
    {
        app.UseMiddleware<RouteGroups>();
        return app;
    }

    public static WebApplication MapSiteTelemetry(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus.Enabled)
        {
            app.MapPrometheusScrapingEndpoint(ScrapePath, meterProvider: null, configureBranchedPipeline: ScrapeAccess.Restrict, optionsName: null);
        }
        return app;
    }

    /// <summary>A feature's outbox follower, for the <c>publicsite.outbox.lag</c> gauge.</summary>
    public static IServiceCollection AddOutboxFollower(this IServiceCollection services, string name, Func<IServiceProvider, long> position) =>
        services.AddSingleton(new OutboxFollower(name, position));
}
