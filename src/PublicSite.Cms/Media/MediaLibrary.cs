using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Media;

/// <summary>Uploads checked by content and size, stored under stable paths, and refused deletion while in use.</summary>
public sealed class MediaLibrary(CmsDbContext db, MediaStore store, ImageVariants variants, TimeProvider time)
{
    public async Task<MediaFile> UploadAsync(
        Stream content, string fileName, string folder, long maxBytes, string uploadedBy, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            throw new MediaRejectedException("FileEmpty");
        }
        if (content.Length > maxBytes)
        {
            throw new MediaRejectedException("FileTooLarge");
        }
        // Only the last segment of whatever the browser sent: "../../etc/passwd" is "passwd".
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var sniffed = FileSniffer.Sniff(content);
        if (sniffed is null || !MediaTypes.All.ContainsKey(extension) || !FileSniffer.Matches(sniffed, extension))
        {
            throw new MediaRejectedException("FileTypeRefused");
        }
        // The camera's EXIF (GPS position among it) is removed before anything is hashed or stored.
        if (MediaTypes.Of(name).StartsWith("image/", StringComparison.Ordinal))
        {
            var bytes = new byte[content.Length];
            content.Position = 0;
            await content.ReadExactlyAsync(bytes, cancellationToken);
            content = new MemoryStream(ImageMetadata.Strip(bytes, extension) ?? bytes, writable: false);
        }
        var safeFolder = Slug.FromTitle(folder) is { Length: > 0 } f ? f : "files";
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;
        var stem = Slug.FromTitle(Path.GetFileNameWithoutExtension(name)) is { Length: > 0 } s ? s : "file";
        var year = time.GetUtcNow().Year.ToString(CultureInfo.InvariantCulture);
        var path = $"{safeFolder}/{year}/{stem}-{hash[..8]}{extension}";
        await store.SaveAsync(path, content, cancellationToken);
        content.Position = 0;
        var size = MediaTypes.Of(path).StartsWith("image/", StringComparison.Ordinal) ? ImageVariants.Measure(content) : null;
        var file = await db.MediaFiles.FindAsync([path], cancellationToken);
        if (file is null)
        {
            file = new MediaFile
            {
                Path = path, Folder = safeFolder, OriginalName = name, ContentType = MediaTypes.Of(path), Length = content.Length,
                Sha256 = hash, UploadedBy = uploadedBy, UploadedAt = time.GetUtcNow().UtcDateTime, Width = size?.Width, Height = size?.Height,
            };
            db.MediaFiles.Add(file);
            await db.SaveChangesAsync(cancellationToken);
        }
        return file;
    }

    /// <summary>Items whose fields refer to the file; a file in use is not deleted.</summary>
    public Task<List<string>> UsedByAsync(string path, CancellationToken cancellationToken)
    {
        var pattern = "%\"" + path + "\"%";
        return db.Items.Where(i => i.DeletedAt == null)
            .Where(i => EF.Functions.Like(i.SharedFields, pattern) || i.Variants.Any(v => EF.Functions.Like(v.Fields, pattern) || EF.Functions.Like(v.Body, "%/media/" + path + "%")))
            .Select(i => i.Key).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Whether readers may download the file at <c>/media/{path}</c>: while a live variant (published and visible
    /// now) refers to it, or while it is a library file that nothing refers to. An attachment of a draft, a pending
    /// change, or a withdrawn, expired or deleted item is not served, so taking a page down takes its files down too.
    /// </summary>
    public async Task<bool> IsPublicAsync(string path, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var quoted = "%\"" + EscapeLike(path) + "\"%";
        var linked = "%/media/" + EscapeLike(path) + "%";
        // A pending change holds its fields as JSON inside JSON, with its quotes escaped.
        var anywhere = "%" + EscapeLike(path) + "%";
        var live = db.Variants.VisibleAt(now).Where(v =>
            EF.Functions.Like(v.Item.SharedFields, quoted, LikeEscape) || EF.Functions.Like(v.Fields, quoted, LikeEscape)
            || EF.Functions.Like(v.Body, linked, LikeEscape));
        if (await live.AnyAsync(cancellationToken))
        {
            return true;
        }
        var attached = await db.Items.AnyAsync(i => EF.Functions.Like(i.SharedFields, quoted, LikeEscape), cancellationToken)
            || await db.Variants.AnyAsync(v =>
                EF.Functions.Like(v.Fields, quoted, LikeEscape) || EF.Functions.Like(v.Body, linked, LikeEscape)
                || EF.Functions.Like(v.PendingSharedFields ?? "", quoted, LikeEscape)
                || EF.Functions.Like(v.PendingEdit ?? "", anywhere, LikeEscape),
                cancellationToken);
        return !attached && await db.MediaFiles.AnyAsync(f => f.Path == path, cancellationToken);
    }

    private const string LikeEscape = "\\";

    /// <summary>A media path taken literally by LIKE: <c>_</c> and <c>%</c> in a file name are not wildcards.</summary>
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    public async Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        if ((await UsedByAsync(path, cancellationToken)).Count > 0)
        {
            throw new MediaRejectedException("FileInUse");
        }
        var file = await db.MediaFiles.FindAsync([path], cancellationToken) ?? throw new MediaRejectedException("FileNotFound");
        db.MediaFiles.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        if (store.Resolve(path) is { } full && File.Exists(full))
        {
            File.Delete(full);
        }
        variants.DeleteAll(path);
    }
}
