using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// Finds published items to link to (替代文件, 政策解读) by title, 索引号 or key, and turns what the editor typed or
/// picked back into the key the public page resolves — so nobody has to know an internal key.
/// </summary>
public sealed class ContentPicker(CmsDbContext db)
{
    public const int MaxResults = 20;

    public async Task<IReadOnlyList<PickableItem>> SearchAsync(string typeKey, string? query, string culture, CancellationToken cancellationToken)
    {
        var text = query?.Trim() ?? "";
        var variants = db.Variants.AsNoTracking()
            .Where(v => v.TypeKey == typeKey && v.State == VariantState.Published && v.Item.DeletedAt == null);
        if (text.Length > 0)
        {
            variants = variants.Where(v => v.Title.Contains(text) || (v.Item.IndexNumber != null && v.Item.IndexNumber.Contains(text)) || v.Item.Key == text);
        }
        var rows = await variants
            .OrderByDescending(v => v.Item.ListDate).ThenBy(v => v.Item.Key)
            .Select(v => new { v.Item.Key, v.Item.IndexNumber, v.Title, v.Language })
            .Take(MaxResults * 2)
            .ToListAsync(cancellationToken);
        // One row per item, titled in the editor's language where that language is published.
        return rows.GroupBy(r => r.Key)
            .Select(g => g.FirstOrDefault(r => r.Language == culture) ?? g.First())
            .Take(MaxResults)
            .Select(r => new PickableItem(r.Key, r.Title, r.IndexNumber))
            .ToList();
    }

    /// <summary>The key of the item the editor named by key or by 索引号; null when there is none.</summary>
    public async Task<string?> ResolveAsync(string typeKey, string keyOrIndexNumber, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking()
            .Where(i => i.TypeKey == typeKey && i.DeletedAt == null && (i.Key == keyOrIndexNumber || i.IndexNumber == keyOrIndexNumber))
            .OrderBy(i => i.Key == keyOrIndexNumber ? 0 : 1)
            .Select(i => i.Key)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Titles of the linked items, for showing what a stored key points to.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TitlesAsync(string typeKey, IReadOnlyCollection<string> keys, string culture, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<string, string>();
        }
        var rows = await db.Variants.AsNoTracking()
            .Where(v => v.TypeKey == typeKey && keys.Contains(v.Item.Key))
            .Select(v => new { v.Item.Key, v.Title, v.Language, v.Item.IndexNumber })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Key).ToDictionary(
            g => g.Key,
            g => (g.FirstOrDefault(r => r.Language == culture) ?? g.First()) is var r && r.IndexNumber is { } number ? $"{r.Title} · {number}" : r.Title,
            StringComparer.Ordinal);
    }
}

/// <summary>A published item offered by the picker: its key is what the field stores.</summary>
public sealed record PickableItem(string Key, string Title, string? IndexNumber);
