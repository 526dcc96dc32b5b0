using System.Globalization;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.Search;

namespace PublicSite.Web.Features.Api;

public static class ApiServiceCollectionExtensions
{
    public const string CorsPolicy = "content-api";
    public const string RateLimitPolicy = "content-api";

    /// <summary>The read-only content API: options, reads, CORS allow-list, rate limit and the OpenAPI document.</summary>
    public static IServiceCollection AddContentApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiOptions>().Bind(configuration.GetSection(ApiOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ApiChangeFeed>();
        services.AddScoped<ApiItemProjection>();
        services.AddSingleton<AttachmentCatalog>();
        // Chinese and Portuguese as written, not as \u escapes: the API is read by people as well as programs.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. api.Value.AllowedOrigins])
            .WithMethods(HttpMethods.Get)
            .WithHeaders("If-None-Match", "If-Modified-Since")
            .WithExposedHeaders("ETag", "Last-Modified", "Retry-After")));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiOptions>>((limiter, api) =>
        {
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = api.Value.PermitLimit, Window = api.Value.Window, QueueLimit = 0 }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                TimeSpan? retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : null;
                if (retryAfter is { } seconds)
                {
                    rejected.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(seconds.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return new ValueTask(ApiProblems.TooManyRequests(retryAfter).ExecuteAsync(rejected.HttpContext));
            };
        });

        services.AddContentApiDocument();
        return services;
    }

    /// <summary>Middleware the API needs after routing: CORS and the reference page's own CSP.</summary>
    public static IApplicationBuilder UseContentApi(this IApplicationBuilder app)
    {
        app.UseCors();
        // The rate limiter itself runs once for the whole site, in UseSite right after routing (a second
        // UseRateLimiter would take two permits per request).
        app.UseMiddleware<ApiReferencePolicy>();
        return app;
    }

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(ApiLinks.Prefix)
            .WithTags(ApiDocumentDescription.ContentTag)
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter<ApiResponseFilter>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapContentEndpoints();
        api.MapDisclosureEndpoints();
        api.MapChangesEndpoints();
        api.MapSearchEndpoints();
        // Unknown addresses under the API answer in JSON like the rest of it, not with the site's HTML error page.
        api.MapGet("/{**path}", (string? path) => ApiProblems.NotFound($"There is no API endpoint at {ApiLinks.Prefix}/{path}."))
            .ExcludeFromDescription();

        endpoints.MapContentApiDocument();
        return endpoints;
    }
}
