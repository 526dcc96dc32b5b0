using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// The handlers take their parameters as text (see <see cref="ApiParameters"/>); this gives each one its real
/// schema in the document (integers with bounds, the closed lists of languages, types and sections).
/// </summary>
internal sealed class ApiParameterSchemas(ContentTypeRegistry types) : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            parameter.Schema = parameter.Name switch
            {
                "type" => Choice(types.All.Select(t => t.Key)),
                "lang" => Choice(SiteLanguage.All.Select(l => l.Code).Append(Traditional.TraditionalReading.Culture)),
                "section" => Choice(types.All.Select(t => t.Section)),
                "page" => ApiRange.Page.Schema(),
                "pageSize" => ApiRange.PageSize.Schema(),
                "limit" => ApiRange.ChangesLimit.Schema(),
                "since" => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "0", Default = 0 },
                "id" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
                "updatedSince" => new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Pattern = @"^\d{4}-\d{2}-\d{2}(T.+)?$",
                    Examples = [JsonValue.Create("2017-05-05T09:00:00+08:00")],
                },
                "indexNumber" => new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Pattern = "^([0-9A-Z]{9}|[0-9A-Z]{18})(/|%2F|-)[0-9]{4}-[0-9]{5}$",
                    Examples = [JsonValue.Create("014109568-2017-00012")],
                },
                _ => parameter.Schema,
            };
        }
        return Task.CompletedTask;
    }

    private static OpenApiSchema Choice(IEnumerable<string> values) => new()
    {
        Type = JsonSchemaType.String,
        Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
    };
}
