using System.Text.Json.Nodes;
using PublicSite.Web.Features.Traditional;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// <c>lang=zh-Hant</c>: the Chinese answer read in Traditional characters, converted as the pages are (the same
/// converter), never stored. Identifiers stay as issued: ids, keys, slugs, index numbers, term keys (the
/// <c>shared</c> fields), hashes; document numbers and URLs inside text are kept by the converter itself.
/// </summary>
internal static partial class ApiTraditional
{
    // Properties whose values are identifiers or addresses, at any depth.
    private static readonly HashSet<string> Identifiers = new(StringComparer.Ordinal)
    {
        "id", "itemId", "key", "type", "languageCode", "section", "slug", "indexNumber", "documentNumber",
        "shared", "sha256", "contentType", "file", "nextCursor",
    };

    public static bool IsAsked(HttpContext context) =>
        string.Equals(context.Request.Query["lang"].ToString(), TraditionalReading.Culture, StringComparison.OrdinalIgnoreCase)
        || string.Equals(context.GetRouteValue("lang") as string, TraditionalReading.Culture, StringComparison.OrdinalIgnoreCase);

    public static void Convert(JsonNode node, TraditionalConverter converter, string baseUrl)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is null)
                    {
                        continue;
                    }
                    if (Identifiers.Contains(name))
                    {
                        // Shared fields are identifiers and codes, but an attachment's title among them is text to read.
                        if (name == "shared")
                        {
                            ConvertAttachmentTitles(child, converter);
                        }
                        continue;
                    }
                    if (child is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        obj[name] = ConvertProperty(name, text, converter, baseUrl);
                    }
                    else
                    {
                        Convert(child, converter, baseUrl);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
                    {
                        array[i] = converter.Convert(text);
                    }
                    else if (array[i] is { } child)
                    {
                        Convert(child, converter, baseUrl);
                    }
                }
                break;
        }
    }

    /// <summary>The <c>title</c> of every attachment (an object with a <c>file</c>) under <paramref name="node"/>; its file path stays as stored.</summary>
    private static void ConvertAttachmentTitles(JsonNode node, TraditionalConverter converter)
    {
        switch (node)
        {
            case JsonObject obj when obj.ContainsKey("file") && obj["title"] is JsonValue title && title.TryGetValue<string>(out var text):
                obj["title"] = converter.Convert(text);
                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    if (child is not null)
                    {
                        ConvertAttachmentTitles(child, converter);
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        ConvertAttachmentTitles(child, converter);
                    }
                }
                break;
        }
    }

    private static string ConvertProperty(string name, string text, TraditionalConverter converter, string baseUrl) => name switch
    {
        // Only the Chinese version is read in Traditional; a Portuguese translation listed beside it stays Portuguese.
        "language" => text == "zh-CN" ? TraditionalReading.Culture : text,
        "url" => text.StartsWith(baseUrl + "/zh/", StringComparison.Ordinal) ? baseUrl + TraditionalReading.PathOf(text[baseUrl.Length..]) : text,
        "bodyHtml" => TraditionalMarkup.Convert(text, converter, baseUrl),
        // Links to more of the API keep asking for the Traditional reading.
        "apiUrl" or "next" => ChineseLang().Replace(text, "${1}" + TraditionalReading.Culture),
        _ => converter.Convert(text),
    };

    [System.Text.RegularExpressions.GeneratedRegex("([?&]lang=)zh(?=&|$)")]
    private static partial System.Text.RegularExpressions.Regex ChineseLang();
}
