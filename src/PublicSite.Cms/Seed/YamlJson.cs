using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace PublicSite.Cms.Seed;

/// <summary>Reads YAML into JSON nodes, the form fields are stored in; scalars stay strings and are typed on read.</summary>
internal static class YamlJson
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    public static JsonObject ParseObject(string yaml) =>
        ToNode(Deserializer.Deserialize<object?>(yaml)) as JsonObject ?? [];

    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        IDictionary<object, object?> map => new JsonObject(map.Select(kv =>
            KeyValuePair.Create(Convert.ToString(kv.Key, System.Globalization.CultureInfo.InvariantCulture)!, ToNode(kv.Value)))),
        IEnumerable<object?> list when value is not string => new JsonArray(list.Select(ToNode).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
