using System.Security.Cryptography;

namespace PublicSite.Cms.Media;

/// <summary>
/// Attachments and images under the data directory's <c>media/</c> folder, addressed by a relative path such
/// as <c>files/report.pdf</c> that never changes (so download URLs stay stable).
/// </summary>
public sealed class MediaStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The file's full path, or null for a path that would leave the media folder.</summary>
    public string? Resolve(string relativePath)
    {
        if (string.IsNullOrWhiteSpace(relativePath) || relativePath.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(Root, relativePath.Replace('\\', '/').TrimStart('/')));
        return full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>
    /// The store's relative path for a reference as an editor may paste it: the path itself, the address the
    /// media library shows (<c>/media/files/a.pdf</c>) or a whole URL of the site (escaped or not).
    /// </summary>
    public static string RelativePathOf(string reference)
    {
        var path = reference.Trim();
        if (Uri.TryCreate(path, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            path = url.AbsolutePath;
        }
        path = Uri.UnescapeDataString(path).Replace('\\', '/').TrimStart('/');
        return path.StartsWith("media/", StringComparison.Ordinal) ? path["media/".Length..] : path;
    }

    public bool Exists(string relativePath) => Resolve(relativePath) is { } path && File.Exists(path);

    /// <summary>The file's size in bytes, or null when it is not in the store.</summary>
    public long? LengthOf(string relativePath) =>
        Resolve(relativePath) is { } path && new FileInfo(path) is { Exists: true } file ? file.Length : null;

    public Stream? OpenRead(string relativePath) =>
        Resolve(relativePath) is { } path && File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)
            : null;

    /// <summary>Size and SHA-256 of a stored file, for attachment lists and the content API.</summary>
    public async Task<MediaFileInfo?> GetInfoAsync(string relativePath, CancellationToken cancellationToken)
    {
        await using var stream = OpenRead(relativePath);
        if (stream is null)
        {
            return null;
        }
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new MediaFileInfo(relativePath, stream.Length, Convert.ToHexStringLower(hash), MediaTypes.Of(relativePath));
    }

    public async Task SaveAsync(string relativePath, Stream content, CancellationToken cancellationToken)
    {
        var path = Resolve(relativePath) ?? throw new ArgumentException($"'{relativePath}' is not a media path.", nameof(relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".uploading";
        await using (var file = File.Create(temporary))
        {
            await content.CopyToAsync(file, cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
