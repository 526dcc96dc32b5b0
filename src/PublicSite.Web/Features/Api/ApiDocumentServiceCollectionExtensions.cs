using Scalar.AspNetCore;

namespace PublicSite.Web.Features.Api;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> and its browsable reference at <c>/api/docs</c>.</summary>
public static class ApiDocumentServiceCollectionExtensions
{
    public const string DocumentName = "v1";
    public const string ReferencePath = "/api/docs";

    public static IServiceCollection AddContentApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<ApiDocumentDescription>();
            options.AddDocumentTransformer<ContentFieldSchemas>();
            options.AddOperationTransformer<ApiParameterSchemas>();
        });

    public static IEndpointRouteBuilder MapContentApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json").RequireCors(ApiServiceCollectionExtensions.CorsPolicy);
        // Scalar's script is embedded in the package and served from beside the page, so the page works offline
        // and within the site's own origin; the fonts it would fetch from its CDN and its hosted AI helpers are turned off.
        endpoints.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("PublicSite content API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .HideClientButton()
                .HideDeveloperTools()
                .DisableAgent()
                .DisableMcp())
            .WithMetadata(new ApiReferencePolicy.Marker());
        return endpoints;
    }
}
