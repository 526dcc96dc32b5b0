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

    /// <summary>
    /// The shared fields as a variant's draft proposes them: the item's live values with the pending
    /// <paramref name="changes"/> (only the fields that differ) laid over them.
    /// </summary>
    public static string Overlay(string shared, string? changes)
    {
        if (string.IsNullOrEmpty(changes))
        {
            return shared;
        }
        var merged = Parse(shared);
        foreach (var (name, node) in Parse(changes))
        {
            if (node is null)
            {
                merged.Remove(name);
            }
            else
            {
                merged[name] = node.DeepClone();
            }
        }
        return merged.ToJsonString(Json);
    }

    /// <summary>
    /// The fields of <paramref name="proposed"/> whose value differs from <paramref name="live"/> (a removed value
    /// as JSON null), or null when nothing differs. Only the differences wait for approval, so approving one
    /// language's change never puts back values another approval has changed meanwhile.
    /// </summary>
    public static string? Changes(string live, string proposed)
    {
        var before = Parse(live);
        var after = Parse(proposed);
        var changes = new JsonObject();
        foreach (var name in before.Select(p => p.Key).Union(after.Select(p => p.Key)))
        {
            var a = before[name];
            var b = after[name];
            if (!JsonNode.DeepEquals(a, b))
            {
                changes[name] = b?.DeepClone();
            }
        }
        return changes.Count == 0 ? null : changes.ToJsonString(Json);
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
