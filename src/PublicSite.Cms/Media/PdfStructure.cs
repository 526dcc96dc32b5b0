using System.IO.Compression;

namespace PublicSite.Cms.Media;

/// <summary>
/// Tells a PDF from a file that only mentions one. A marker somewhere near the start is not enough (an executable
/// or an HTML page with <c>%PDF-</c> inside it passed that check): the header must open the file, the file must end
/// with a <c>startxref</c> and <c>%%EOF</c> (a truncated upload does not), it must have a cross-reference table or
/// stream, and at least one page.
/// </summary>
/// <remarks>
/// A structural check rather than a parser: it reads the bytes once and allocates nothing for an ordinary PDF.
/// Page objects may sit compressed in object streams (PDF 1.5), so those are inflated, within a bound, when no page
/// is written in the clear.
/// </remarks>
public static class PdfStructure
{
    // What readers tolerate after %%EOF (line ends, padding) and how far back startxref may be from it.
    private const int TailLength = 1024;

    // An object stream larger than this when inflated is not looked into (a compression bomb is not a CV).
    private const int MaxInflatedBytes = 8 * 1024 * 1024;

    public static bool IsPdf(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith("%PDF-"u8))
        {
            return false;
        }
        var tail = content[Math.Max(0, content.Length - TailLength)..];
        var end = tail.LastIndexOf("%%EOF"u8);
        if (end < 0 || tail[..end].LastIndexOf("startxref"u8) < 0)
        {
            return false;
        }
        return HasCrossReference(content) && (HasPage(content) || HasPageInObjectStreams(content));
    }

    /// <summary>A line starting with <c>xref</c> (not the <c>startxref</c> near the end) or a stream of type <c>/XRef</c>.</summary>
    private static bool HasCrossReference(ReadOnlySpan<byte> content)
    {
        if (content.IndexOf("/XRef"u8) >= 0)
        {
            return true;
        }
        for (var at = content.IndexOf("xref"u8); at >= 0;)
        {
            if (at > 0 && content[at - 1] is (byte)'\n' or (byte)'\r')
            {
                return true;
            }
            var next = content[(at + 4)..].IndexOf("xref"u8);
            at = next < 0 ? -1 : at + 4 + next;
        }
        return false;
    }

    /// <summary><c>/Type /Page</c> with any white space between, and not <c>/Type /Pages</c> (the page tree).</summary>
    private static bool HasPage(ReadOnlySpan<byte> content)
    {
        for (var at = content.IndexOf("/Type"u8); at >= 0;)
        {
            var rest = content[(at + 5)..];
            var value = rest.TrimStart(" \t\r\n\f\0"u8);
            if (value.StartsWith("/Page"u8) && (value.Length == 5 || !IsNameCharacter(value[5])))
            {
                return true;
            }
            var next = rest.IndexOf("/Type"u8);
            at = next < 0 ? -1 : at + 5 + next;
        }
        return false;
    }

    private static bool HasPageInObjectStreams(ReadOnlySpan<byte> content)
    {
        for (var at = content.IndexOf("/ObjStm"u8); at >= 0;)
        {
            var rest = content[at..];
            var start = rest.IndexOf("stream"u8);
            if (start < 0)
            {
                return false;
            }
            var data = rest[(start + 6)..];
            data = data.StartsWith("\r\n"u8) ? data[2..] : data.StartsWith("\n"u8) ? data[1..] : data;
            var stop = data.IndexOf("endstream"u8);
            if (stop < 0)
            {
                return false;
            }
            if (Inflate(data[..stop]) is { } objects && HasPage(objects))
            {
                return true;
            }
            var next = data[stop..].IndexOf("/ObjStm"u8);
            at = next < 0 ? -1 : content.Length - data.Length + stop + next;
        }
        return false;
    }

    private static byte[]? Inflate(ReadOnlySpan<byte> compressed)
    {
        try
        {
            using var input = new MemoryStream(compressed.ToArray());
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxInflatedBytes)
                {
                    return null;
                }
                output.Write(buffer, 0, read);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    // PDF names end at white space or a delimiter: "/Pages" is another name, "/Page/Parent" and "/Page>>" are not.
    private static bool IsNameCharacter(byte b) =>
        b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'\f' or 0
            or (byte)'/' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'(' or (byte)')' or (byte)'{' or (byte)'}' or (byte)'%');
}
