using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PublicSite.Cms.Data;

namespace PublicSite.Cms.Media;

/// <summary>
/// A one-time fix at start, harmless to run again: references saved before they were checked as media ids
/// (a pasted <c>/media/files/a.pdf</c> or a whole site URL in an attachment or lead image, a body link doubled to
/// <c>/media//media/…</c>) become the library file's id, and images saved before sizes were kept get their
/// width and height. A reference to a file the library lacks is left as it is and logged: the next save asks
/// the editor to pick the file.
/// </summary>
public sealed class MediaReferenceRepair(CmsDbContext db, MediaStore store, ILogger<MediaReferenceRepair> logger)
{
    private static readonly string[] ReferenceKeys = ["file", "leadImage"];

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var library = (await db.MediaFiles.Select(f => f.Path).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var changed = 0;
        foreach (var item in await db.Items.Include(i => i.Variants).ToListAsync(cancellationToken))
        {
            changed += Repair(item.SharedFields, library, v => item.SharedFields = v);
            foreach (var variant in item.Variants)
            {
                changed += Repair(variant.Fields, library, v => variant.Fields = v);
                changed += Repair(variant.PendingSharedFields, library, v => variant.PendingSharedFields = v);
                if (variant.Body.Contains("/media//media/", StringComparison.Ordinal))
                {
                    variant.Body = variant.Body.Replace("/media//media/", "/media/", StringComparison.Ordinal);
                    changed++;
                }
            }
        }
        foreach (var image in await db.MediaFiles.Where(f => f.ContentType.StartsWith("image/") && f.Width == null).ToListAsync(cancellationToken))
        {
            await using var content = store.OpenRead(image.Path);
            if (content is not null && ImageVariants.Measure(content) is var (width, height))
            {
                (image.Width, image.Height) = (width, height);
                changed++;
            }
        }
        if (changed > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Media references: {Changed} stored references or image sizes repaired.", changed);
        }
        return changed;
    }

    private int Repair(string? json, HashSet<string> library, Action<string> write)
    {
        if (string.IsNullOrEmpty(json) || !json.Contains("media", StringComparison.Ordinal) && !json.Contains("://", StringComparison.Ordinal))
        {
            return 0;
        }
        var root = JsonNode.Parse(json);
        var changed = 0;
        Walk(root, library, ref changed);
        if (changed > 0)
        {
            write(root!.ToJsonString());
        }
        return changed;
    }

    private void Walk(JsonNode? node, HashSet<string> library, ref int changed)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (ReferenceKeys.Contains(key) && obj[key] is JsonValue value && value.TryGetValue<string>(out var reference))
                    {
                        var id = MediaStore.RelativePathOf(reference);
                        if (id != reference && library.Contains(id))
                        {
                            obj[key] = id;
                            changed++;
                        }
                        else if (id != reference)
                        {
                            logger.LogWarning("Media reference {Reference} names no library file; left for an editor to pick.", reference);
                        }
                    }
                    else
                    {
                        Walk(obj[key], library, ref changed);
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Walk(child, library, ref changed);
                }
                break;
        }
    }
}
