using System.Text.Json.Nodes;

namespace PublicSite.Cms.Seed;

/// <summary>One language of one item as written in <c>content-seed/&lt;section&gt;/&lt;key&gt;.&lt;lang&gt;.md</c>.</summary>
public sealed record SeedFile(
    string Path,
    string Key,
    string TypeKey,
    string Language,
    string Title,
    string? Summary,
    string? Slug,
    DateTimeOffset Published,
    DateTimeOffset? Expires,
    JsonObject Shared,
    JsonObject Fields,
    string Body);
