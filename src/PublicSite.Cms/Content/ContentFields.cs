using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PublicSite.Cms.Content;

/// <summary>
/// Reads and writes a content type's fields, stored as two JSON objects: shared (on the item) and
/// localized (on each language variant). The typed class is the one view of both.
/// </summary>
public static class ContentFields
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The typed view of an item's shared fields and one variant's localized fields.</summary>
    public static T Read<T>(string? sharedJson, string? localizedJson) where T : class, new() =>
        (T)Read(typeof(T), sharedJson, localizedJson);

    public static object Read(Type type, string? sharedJson, string? localizedJson)
    {
        var merged = Merge(Parse(sharedJson), Parse(localizedJson));
        return merged.Deserialize(type, Json) ?? Activator.CreateInstance(type)!;
    }

    /// <summary>Splits a typed value into its shared and localized JSON, dropping anything not declared as a field.</summary>
    public static (string Shared, string Localized) Write(ContentTypeDescriptor type, object value)
    {
        var all = JsonSerializer.SerializeToNode(value, type.ClrType, Json)?.AsObject() ?? [];
        return (Pick(all, type.SharedFields).ToJsonString(Json), Pick(all, type.LocalizedFields).ToJsonString(Json));
    }

    /// <summary>Server-side validation of a typed value against the DataAnnotations on its fields.</summary>
    public static IReadOnlyList<ValidationResult> Validate(object value)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results;
    }

    public static JsonObject Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json)?.AsObject() ?? [];

    private static JsonObject Merge(JsonObject shared, JsonObject localized)
    {
        var merged = new JsonObject();
        foreach (var (name, node) in shared.Concat(localized))
        {
            merged[name] = node?.DeepClone();
        }
        return merged;
    }

    private static JsonObject Pick(JsonObject all, IEnumerable<FieldDescriptor> fields)
    {
        var picked = new JsonObject();
        foreach (var field in fields)
        {
            if (all.TryGetPropertyValue(field.Name, out var node) && node is not null)
            {
                picked[field.Name] = node.DeepClone();
            }
        }
        return picked;
    }
}
