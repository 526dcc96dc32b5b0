using System.IO.Compression;
using System.Text;

namespace PublicSite.Cms.Media;

/// <summary>
/// Tells what a file really is from its bytes, not its name: a renamed executable or an SVG with a script is not
/// a PDF or an image whatever it is called.
/// </summary>
public static class FileSniffer
{
    /// <summary>The extension the content proves (".pdf", ".docx"…), or null when it is none of the accepted kinds.</summary>
    public static string? Sniff(Stream content)
    {
        Span<byte> head = stackalloc byte[16];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var bytes = head[..read];
        if (bytes.StartsWith("%PDF-"u8))
        {
            return PdfStructure.IsPdf(ReadAll(content)) ? ".pdf" : null;
        }
        if (bytes.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }))
        {
            return ".jpg";
        }
        if (bytes.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ".png";
        }
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return ".webp";
        }
        if (bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return ".ole"; // DOC or XLS: the container is the same; the extension decides which.
        }
        return bytes.StartsWith("PK\u0003\u0004"u8) ? SniffZip(content) : null;
    }

    public static bool Matches(string sniffed, string extension) => (sniffed, extension.ToLowerInvariant()) switch
    {
        (".jpg", ".jpg" or ".jpeg") => true,
        (".ole", ".doc" or ".xls") => true,
        var (s, e) => s == e,
    };

    // Uploads are already bounded by size and held in memory; only a PDF's structure needs the whole file.
    private static ReadOnlySpan<byte> ReadAll(Stream content)
    {
        if (content is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer.AsSpan();
        }
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        content.Position = 0;
        return copy.ToArray();
    }

    private static string? SniffZip(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return ".docx";
                }
                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return ".xlsx";
                }
            }
            return names.Any(n => n.Equals("OFD.xml", StringComparison.OrdinalIgnoreCase)) ? ".ofd" : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
