using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// Describes the <c>shared</c> and <c>fields</c> objects of every content type as component schemas
/// (<c>DisclosureShared</c>, <c>NewsFields</c>…), read from the same classes the CMS validates with, so the
/// document cannot drift from the content model.
/// </summary>
internal sealed class ContentFieldSchemas(ContentTypeRegistry types) : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var shared = new List<IOpenApiSchema>();
        var localized = new List<IOpenApiSchema>();
        foreach (var type in types.All)
        {
            var name = char.ToUpperInvariant(type.Key[0]) + type.Key[1..];
            document.AddComponent(name + "Shared", await ObjectAsync(type.SharedFields, $"Shared fields of a {type.Key} item.", context, cancellationToken));
            document.AddComponent(name + "Fields", await ObjectAsync(type.LocalizedFields, $"Localized fields of a {type.Key} item.", context, cancellationToken));
            shared.Add(new OpenApiSchemaReference(name + "Shared", document));
            localized.Add(new OpenApiSchemaReference(name + "Fields", document));
        }
        if (document.Components?.Schemas is { } schemas && schemas.TryGetValue(nameof(ApiContentItem), out var schema)
            && schema is OpenApiSchema { Properties: { } properties })
        {
            properties["shared"] = new OpenApiSchema
            {
                Description = "Language-neutral fields, one schema per content type (see 'type'); taxonomy values are term keys.",
                AnyOf = shared,
            };
            properties["fields"] = new OpenApiSchema
            {
                Description = "Fields localized for this language, one schema per content type (see 'type').",
                AnyOf = localized,
            };
        }
    }

    private static async Task<OpenApiSchema> ObjectAsync(
        IEnumerable<FieldDescriptor> fields, string description, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = description, Properties = new Dictionary<string, IOpenApiSchema>() };
        foreach (var field in fields)
        {
            schema.Properties[field.Name] = await FieldAsync(Nullable.GetUnderlyingType(field.Property.PropertyType) ?? field.Property.PropertyType, context, cancellationToken);
        }
        return schema;
    }

    private static async Task<IOpenApiSchema> FieldAsync(Type type, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (type.IsEnum)
        {
            // Stored the way ContentFields writes them: kebab-case names (in-force, on-request).
            return new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(n)))],
            };
        }
        if (type == typeof(DateOnly))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
        }
        if (type == typeof(DateTimeOffset))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" };
        }
        if (type == typeof(AttachmentRef) || type.GetInterfaces().Contains(typeof(IEnumerable<AttachmentRef>)))
        {
            var file = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Media path; see 'attachments' for its URL, size and hash." },
                    ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                },
            };
            return type == typeof(AttachmentRef) ? file : new OpenApiSchema { Type = JsonSchemaType.Array, Items = file };
        }
        return await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
    }
}
