using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace PublicSite.Web.Tests.Api;

[Collection(SeededSite.Name)]
public sealed class OpenApiDocumentTests(SiteFactory site)
{
    private async Task<OpenApiDocument> DocumentAsync()
    {
        var json = await site.Browser().GetStringAsync("/openapi/v1.json");
        var result = OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.Empty(result.Diagnostic?.Errors ?? []);
        return result.Document!;
    }

    /// <summary>The API's routes as the app maps them, with the text parameters their handlers take.</summary>
    private List<(string Path, string Name, HashSet<string> Parameters)> MappedApiRoutes()
    {
        _ = site.Browser();
        return site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(e => (
                Path: "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    _ => "",
                })))),
                Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!,
                Parameters: (e.Metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters() ?? [])
                    .SelectMany(QueryAndRouteNames).ToHashSet()))
            .ToList();
    }

    /// <summary>A text parameter by its name; an <c>[AsParameters]</c> record by the query names of its properties.</summary>
    private static IEnumerable<string> QueryAndRouteNames(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<AsParametersAttribute>() is not null
            ? parameter.ParameterType.GetProperties()
                .Select(p => p.GetCustomAttribute<Microsoft.AspNetCore.Mvc.FromQueryAttribute>()?.Name).OfType<string>()
            : parameter.ParameterType == typeof(string) ? [parameter.Name!] : [];

    [Fact]
    public async Task The_document_is_valid_OpenAPI_and_describes_every_API_route_with_its_parameters()
    {
        var document = await DocumentAsync();
        var routes = MappedApiRoutes();

        // Every route must be documented, and these exactly (the search too, since it joined the API group).
        var ours = new HashSet<string> { "ListContent", "GetContentById", "GetContentByUrl", "GetDisclosureByIndexNumber", "ListChanges", "Search" };
        Assert.Superset(ours, routes.Select(r => r.Name).ToHashSet());
        foreach (var (path, name, parameters) in routes)
        {
            Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} is not in the document.");
            if (!ours.Contains(name))
            {
                continue;
            }
            var operation = item!.Operations![HttpMethod.Get];
            Assert.Equal(name, operation.OperationId);
            Assert.False(string.IsNullOrWhiteSpace(operation.Summary));
            Assert.Equal(parameters, (operation.Parameters ?? []).Select(p => p.Name!).ToHashSet());
            Assert.All(operation.Parameters ?? [], p => Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{path}: {p.Name} has no description."));
            Assert.Contains("200", operation.Responses!.Keys);
            Assert.Contains("304", operation.Responses.Keys);
            Assert.Contains("400", operation.Responses.Keys);
            Assert.Contains("429", operation.Responses.Keys);
            Assert.Contains("application/problem+json", operation.Responses["400"].Content!.Keys);
        }
    }

    [Fact]
    public async Task Every_field_of_an_item_is_described_and_typed_parameters_have_their_bounds()
    {
        var document = await DocumentAsync();
        var schemas = document.Components!.Schemas!;
        var list = document.Paths["/api/v1/content"].Operations![HttpMethod.Get];

        foreach (var name in new[] { "ApiContentItem", "ApiContentPage", "ApiChange", "ApiChangePage", "ApiAttachment", "ApiTranslation" })
        {
            Assert.All(schemas[name].Properties!, p => Assert.False(string.IsNullOrWhiteSpace(p.Value.Description), $"{name}.{p.Key} has no description."));
        }
        Assert.Contains("sha256", schemas["ApiAttachment"].Properties!.Keys);
        Assert.Equal(6, schemas["ApiContentItem"].Properties!["shared"].AnyOf!.Count);
        Assert.Contains("indexNumber", schemas["DisclosureShared"].Properties!.Keys);
        Assert.Equal("100", list.Parameters!.Single(p => p.Name == "pageSize").Schema!.Maximum);
        Assert.Equal(["zh", "pt", "zh-Hant"], list.Parameters!.Single(p => p.Name == "lang").Schema!.Enum!.Select(e => e.GetValue<string>()));
    }

    [Fact]
    public async Task The_document_names_the_configured_public_server_and_lists_the_content_API_first()
    {
        var document = await DocumentAsync();

        Assert.Equal("https://gaob.example.gov.cn", Assert.Single(document.Servers!).Url);
        Assert.Equal("Content API", document.Tags!.First().Name);
    }

    [Fact]
    public async Task The_reference_page_loads_Scalar_from_this_site_under_a_policy_relaxed_for_it_alone()
    {
        var client = site.Browser();

        var page = await client.GetAsync("/api/docs/");
        var script = await client.GetAsync("/api/docs/scalar.js");
        var home = await client.GetAsync("/zh/");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"scalar.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Net.HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
