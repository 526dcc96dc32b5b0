using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Seed;

/// <summary>Imports <c>taxonomies.yml</c>: each top-level list is a taxonomy of terms with key, zh, pt and code.</summary>
internal static class TaxonomySeed
{
    public const string FileName = "taxonomies.yml";

    public static async Task<int> ImportAsync(CmsDbContext db, string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return 0;
        }
        JsonObject root;
        try
        {
            root = YamlJson.ParseObject(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new SeedImportException(path, $"invalid YAML at line {e.Start.Line}: {e.Message}", e);
        }
        var known = (await db.Terms.Select(t => new { t.Taxonomy, t.Key }).ToListAsync(cancellationToken))
            .Select(t => (t.Taxonomy, t.Key)).ToHashSet();
        var added = 0;
        foreach (var (taxonomy, list) in root)
        {
            var order = 0;
            foreach (var entry in (list as JsonArray ?? []).OfType<JsonObject>())
            {
                order++;
                var key = Text(entry, "key") ?? throw new SeedImportException(path, $"a term of '{taxonomy}' has no key");
                if (!known.Add((taxonomy, key)))
                {
                    continue;
                }
                db.Terms.Add(new TaxonomyTerm
                {
                    Taxonomy = taxonomy,
                    Key = key,
                    NameZh = Text(entry, "zh") ?? throw new SeedImportException(path, $"term '{key}' has no zh name"),
                    NamePt = Text(entry, "pt") ?? throw new SeedImportException(path, $"term '{key}' has no pt name"),
                    Code = Text(entry, "code"),
                    SortOrder = order,
                });
                added++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static string? Text(JsonObject entry, string name) => entry[name]?.GetValue<string>();
}
