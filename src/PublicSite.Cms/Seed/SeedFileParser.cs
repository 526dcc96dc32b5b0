using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Seed;

/// <summary>Parses a seed file: YAML front matter between two <c>---</c> lines, then the Markdown body.</summary>
public static partial class SeedFileParser
{
    public static SeedFile Parse(string path, string text, string expectedSection, ContentTypeRegistry types)
    {
        var match = FrontMatter().Match(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (!match.Success)
        {
            throw new SeedImportException(path, "no YAML front matter between '---' lines at the top of the file");
        }
        JsonObject meta;
        try
        {
            meta = YamlJson.ParseObject(match.Groups["yaml"].Value);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new SeedImportException(path, $"invalid YAML at line {e.Start.Line}: {e.Message}", e);
        }

        var fileName = System.IO.Path.GetFileName(path);
        var nameMatch = FileName().Match(fileName);
        if (!nameMatch.Success)
        {
            throw new SeedImportException(path, "the file name must be <key>.zh.md or <key>.pt.md");
        }
        var key = Required(meta, "key", path);
        if (key != nameMatch.Groups["key"].Value)
        {
            throw new SeedImportException(path, $"key '{key}' does not match the file name");
        }
        var language = SiteLanguage.FromCulture(Required(meta, "language", path))
            ?? throw new SeedImportException(path, "language must be zh-CN or pt-PT");
        if (language.Code != nameMatch.Groups["lang"].Value)
        {
            throw new SeedImportException(path, $"language {language.Culture} does not match the file name");
        }
        var typeKey = Required(meta, "type", path);
        var type = types.Find(typeKey) ?? throw new SeedImportException(path, $"unknown type '{typeKey}'");
        if (type.Section != expectedSection)
        {
            throw new SeedImportException(path, $"type '{typeKey}' belongs in the folder '{type.Section}'");
        }

        return new SeedFile(
            path,
            key,
            typeKey,
            language.Culture,
            Required(meta, "title", path),
            Optional(meta, "summary"),
            Optional(meta, "slug"),
            Instant(Required(meta, "published", path), "published", path),
            Optional(meta, "expires") is { } expires ? Instant(expires, "expires", path) : null,
            meta["shared"] as JsonObject ?? [],
            meta["fields"] as JsonObject ?? [],
            match.Groups["body"].Value.Trim());
    }

    private static string Required(JsonObject meta, string name, string path) =>
        Optional(meta, name) ?? throw new SeedImportException(path, $"'{name}' is required in the front matter");

    private static string? Optional(JsonObject meta, string name) =>
        meta[name] is JsonValue value && value.GetValue<string>() is { Length: > 0 } text ? text.Trim() : null;

    private static DateTimeOffset Instant(string value, string name, string path) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw new SeedImportException(path, $"'{name}' is not a date-time such as 2017-05-05T09:00:00+08:00");

    [GeneratedRegex(@"\A---\n(?<yaml>.*?)\n---\n?(?<body>.*)\z", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^(?<key>[a-z0-9][a-z0-9-]*)\.(?<lang>zh|pt)\.md$")]
    private static partial Regex FileName();
}
