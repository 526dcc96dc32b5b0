using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;

namespace PublicSite.Web.Features.Manager.Media;

/// <summary>
/// The library files an editor may pick, read once per request: the options of the picker's fallback select
/// (the editor works without JavaScript) and the picker's search results.
/// </summary>
public sealed class MediaChoices(CmsDbContext db)
{
    public const int Limit = 500;

    private List<MediaFile>? _all;

    public async Task<IReadOnlyList<MediaFile>> AllAsync(CancellationToken cancellationToken) =>
        _all ??= await db.MediaFiles.AsNoTracking().OrderBy(f => f.Folder).ThenBy(f => f.OriginalName).Take(Limit).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<MediaFile>> SearchAsync(MediaKind kind, string? query, string? folder, CancellationToken cancellationToken)
    {
        var files = db.MediaFiles.AsNoTracking();
        if (kind == MediaKind.Image)
        {
            files = files.Where(f => f.ContentType.StartsWith("image/"));
        }
        if (!string.IsNullOrWhiteSpace(folder))
        {
            files = files.Where(f => f.Folder == folder);
        }
        if (query?.Trim() is { Length: > 0 } q)
        {
            // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
            var pattern = "%" + q.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(), where no .NET culture applies.
            files = files.Where(f => EF.Functions.Like(f.OriginalName.ToLower(), pattern, "\\") || EF.Functions.Like(f.Path.ToLower(), pattern, "\\")
                || EF.Functions.Like((f.AltZh ?? "").ToLower(), pattern, "\\") || EF.Functions.Like((f.AltPt ?? "").ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }
        return await files.OrderByDescending(f => f.UploadedAt).Take(60).ToListAsync(cancellationToken);
    }

    public Task<List<string>> FoldersAsync(CancellationToken cancellationToken) =>
        db.MediaFiles.Select(f => f.Folder).Distinct().OrderBy(f => f).ToListAsync(cancellationToken);

    /// <summary>What the picker hands to scripts: the contract of <c>window.PublicSiteMediaPicker.open</c>.</summary>
    public static object ToJson(MediaFile file) => new
    {
        id = file.Path,
        url = "/media/" + string.Join('/', file.Path.Split('/').Select(Uri.EscapeDataString)),
        thumb = file.IsImage ? PublicSite.Web.Features.Media.MediaVariantEndpoints.Url(file.Path, 480, webp: true) : null,
        name = file.OriginalName,
        folder = file.Folder,
        kind = file.IsImage ? "image" : "file",
        alt = new { zh = file.AltZh ?? "", pt = file.AltPt ?? "" },
        width = file.Width,
        height = file.Height,
    };
}
