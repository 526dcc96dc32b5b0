using PublicSite.Cms.Media;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// A CV as uploaded, accepted only when its bytes are a PDF by the same check as the media library's
/// (<see cref="PdfStructure"/>; the name and the browser's content type are not trusted) and it is not larger than the limit.
/// </summary>
public static class CvDocument
{
    /// <summary>Reads an upload: the bytes, or the reason it is refused (a resource key).</summary>
    public static async Task<(byte[]? Content, string? Error)> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, "CvRequired");
        }
        if (file.Length > maxBytes)
        {
            return (null, "CvTooLarge");
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        return PdfStructure.IsPdf(content) ? (content, null) : (null, "CvNotPdf");
    }
}
