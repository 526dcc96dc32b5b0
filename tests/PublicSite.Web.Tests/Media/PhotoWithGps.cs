using System.Text;
using SkiaSharp;

namespace PublicSite.Web.Tests.Media;

/// <summary>A camera-like JPEG: real pixels and an EXIF block with a GPS position, as a phone writes it.</summary>
public static class PhotoWithGps
{
    public const string Position = "GPS 31.7785N 119.9539E";

    public static byte[] Bytes(int width = 1200, int height = 800)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new(0, 0), new(width, height), [SKColors.SteelBlue, SKColors.Orange], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        // APP1 "Exif": a little-endian TIFF header, IFD0 with one entry (GPSInfo → the GPS IFD), the GPS IFD with
        // GPSLatitudeRef = "N", then the position as text, so a test can look for it byte for byte.
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray()); tiff.AddRange([0x2A, 0x00, 0x08, 0x00, 0x00, 0x00]);
        tiff.AddRange([0x01, 0x00, 0x25, 0x88, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00, 0x1A, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
        tiff.AddRange([0x01, 0x00, 0x01, 0x00, 0x02, 0x00, 0x02, 0x00, 0x00, 0x00, (byte)'N', 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
        tiff.AddRange(Encoding.ASCII.GetBytes(Position));
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload);
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }
}
