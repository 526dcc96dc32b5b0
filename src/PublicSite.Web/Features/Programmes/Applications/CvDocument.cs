using System.Text;

namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>
/// A CV as uploaded, accepted only when its bytes are a PDF (the name and the browser's content type are not
/// trusted) and it is not larger than the limit.
/// </summary>
public static class CvDocument
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] EndOfFile = Encoding.ASCII.GetBytes("%%EOF");

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
        return IsPdf(content) ? (content, null) : (null, "CvNotPdf");
    }

    /// <summary>
    /// A PDF starts with <c>%PDF-</c> (readers allow it within the first 1024 bytes) and ends with <c>%%EOF</c>
    /// (possibly followed by a line end or some padding), which a renamed image or Word file does not.
    /// </summary>
    public static bool IsPdf(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        var tail = content[Math.Max(0, content.Length - 1024)..];
        return head.IndexOf(Header) >= 0 && tail.IndexOf(EndOfFile) >= 0;
    }
}
