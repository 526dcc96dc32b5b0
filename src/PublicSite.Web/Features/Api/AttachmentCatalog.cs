using System.Collections.Concurrent;
using PublicSite.Cms.Media;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// Size and SHA-256 of attachments, hashed once per version of a file (its length and write time) rather than on
/// every API request that lists it.
/// </summary>
public sealed class AttachmentCatalog(MediaStore media)
{
    private readonly ConcurrentDictionary<string, (long Length, DateTime Written, MediaFileInfo Info)> _known =
        new(StringComparer.Ordinal);

    public async Task<MediaFileInfo?> FindAsync(string path, CancellationToken cancellationToken)
    {
        if (media.Resolve(path) is not { } full || !File.Exists(full))
        {
            return null;
        }
        var file = new FileInfo(full);
        if (_known.TryGetValue(path, out var known) && known.Length == file.Length && known.Written == file.LastWriteTimeUtc)
        {
            return known.Info;
        }
        var info = await media.GetInfoAsync(path, cancellationToken);
        if (info is not null)
        {
            _known[path] = (file.Length, file.LastWriteTimeUtc, info);
        }
        return info;
    }

    /// <summary>The public download path of a media file, each segment escaped (names may be Chinese).</summary>
    public static string DownloadPath(string path) =>
        "/media/" + string.Join('/', path.Replace('\\', '/').TrimStart('/').Split('/').Select(Uri.EscapeDataString));
}
