using System.Buffers.Binary;
using SkiaSharp;

namespace PublicSite.Cms.Media;

/// <summary>
/// Removes what a camera or an editing program writes beside the pixels (EXIF with the GPS position, XMP, IPTC,
/// comments, PNG text chunks) from an uploaded image before it is stored, so the original served at
/// <c>/media/{path}</c> tells no reader where or with what it was taken. The pixels are copied byte for byte
/// (no loss of quality), except a JPEG the camera stored turned: its pixels are turned and encoded again, since
/// without its EXIF nothing would say how to show it.
/// </summary>
public static class ImageMetadata
{
    /// <summary>The image without its metadata, or null when <paramref name="extension"/> is not an image this reads.</summary>
    public static byte[]? Strip(byte[] image, string extension) => extension switch
    {
        ".jpg" or ".jpeg" => StripJpeg(image),
        ".png" => StripPng(image),
        ".webp" => StripWebp(image),
        _ => null,
    };

    private static byte[] StripJpeg(byte[] jpeg)
    {
        if (jpeg.Length < 4 || jpeg[0] != 0xFF || jpeg[1] != 0xD8)
        {
            return jpeg;
        }
        using (var codec = SKCodec.Create(new SKMemoryStream(jpeg)))
        {
            if (codec is not null && codec.EncodedOrigin != SKEncodedOrigin.TopLeft)
            {
                return Reencoded(codec) ?? jpeg;
            }
        }
        using var output = new MemoryStream(jpeg.Length);
        output.Write(jpeg, 0, 2);
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF)
        {
            var marker = jpeg[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            if (marker == 0xDA)
            {
                break; // start of scan: the compressed pixels follow, copied as they are
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
            var end = at + 2 + length;
            if (length < 2 || end > jpeg.Length)
            {
                return jpeg; // not a JPEG this understands: stored as it came, as before
            }
            // APP1 (EXIF, XMP), APP13 (IPTC) and comments go; JFIF, the colour profile and the tables stay.
            if (marker is not (0xE1 or 0xED or 0xFE))
            {
                output.Write(jpeg, at, end - at);
            }
            at = end;
        }
        output.Write(jpeg, at, jpeg.Length - at);
        return output.ToArray();
    }

    private static byte[]? Reencoded(SKCodec codec)
    {
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }
        using var oriented = ImageVariants.Orient(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(oriented ?? decoded);
        return image.Encode(SKEncodedImageFormat.Jpeg, 92)?.ToArray();
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static byte[] StripPng(byte[] png)
    {
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(PngSignature))
        {
            return png;
        }
        using var output = new MemoryStream(png.Length);
        output.Write(png, 0, 8);
        var at = 8;
        while (at + 12 <= png.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at));
            var end = at + 12 + length;
            if (length < 0 || end > png.Length)
            {
                return png;
            }
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type is not ("eXIf" or "tEXt" or "zTXt" or "iTXt" or "tIME"))
            {
                output.Write(png, at, end - at);
            }
            at = end;
        }
        return output.ToArray();
    }

    private static byte[] StripWebp(byte[] webp)
    {
        if (webp.Length < 12 || System.Text.Encoding.ASCII.GetString(webp, 0, 4) != "RIFF" || System.Text.Encoding.ASCII.GetString(webp, 8, 4) != "WEBP")
        {
            return webp;
        }
        using var output = new MemoryStream(webp.Length);
        output.Write(webp, 0, 12);
        var at = 12;
        while (at + 8 <= webp.Length)
        {
            var type = System.Text.Encoding.ASCII.GetString(webp, at, 4);
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(at + 4));
            var end = at + 8 + length + (length & 1);
            if (length < 0 || end > webp.Length)
            {
                return webp;
            }
            if (type is not ("EXIF" or "XMP "))
            {
                var chunk = webp.AsSpan(at, end - at).ToArray();
                if (type == "VP8X" && chunk.Length > 8)
                {
                    chunk[8] &= 0b1111_0011; // the header no longer announces EXIF (bit 3) or XMP (bit 2)
                }
                output.Write(chunk);
            }
            at = end;
        }
        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
