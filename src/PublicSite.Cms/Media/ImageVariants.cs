using SkiaSharp;

namespace PublicSite.Cms.Media;

/// <summary>
/// Smaller copies of library images for phones: 480, 960 and 1600 px wide (never wider than the original), in
/// WebP and in the original's format, made once on first request and kept under the media folder's
/// <c>.variants/</c>. Decoding and encoding again writes pixels only, so EXIF (camera, GPS position) is gone.
/// </summary>
public sealed class ImageVariants(MediaStore store)
{
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    /// <summary>Appended to a variant's address for its WebP copy: <c>images/a.jpg.webp</c>.</summary>
    public const string WebpSuffix = ".webp";

    private const string Folder = ".variants";

    /// <summary>The size an image shows at, after its EXIF orientation; null when it is not a readable image.</summary>
    public static (int Width, int Height)? Measure(Stream content)
    {
        var start = content.Position;
        try
        {
            using var codec = SKCodec.Create(new SKManagedStream(content, disposeManagedStream: false));
            if (codec is null)
            {
                return null;
            }
            var size = codec.Info.Size;
            return Swaps(codec.EncodedOrigin) ? (size.Height, size.Width) : (size.Width, size.Height);
        }
        finally
        {
            content.Position = start;
        }
    }

    /// <summary>
    /// The widths offered in <c>srcset</c> for an image <paramref name="width"/> px wide: each standard width it
    /// exceeds, then its own width (capped at the largest), so no copy is an enlargement.
    /// </summary>
    public static IReadOnlyList<int> WidthsFor(int? width)
    {
        if (width is not { } original)
        {
            return Widths;
        }
        var widths = Widths.Where(w => w < original).ToList();
        widths.Add(Math.Min(original, Widths[^1]));
        return widths.Distinct().ToList();
    }

    /// <summary>The standard width whose copy is <paramref name="shown"/> px wide (a copy of a small image is the image's own width).</summary>
    public static int RequestWidthFor(int shown) => Widths.FirstOrDefault(w => w >= shown, Widths[^1]);

    /// <summary>
    /// The variant's file on disk, made now if it is not there yet; null when the original is missing or is not
    /// an image this can read.
    /// </summary>
    public async Task<string?> GetAsync(string path, int width, bool webp, CancellationToken cancellationToken)
    {
        if (!Widths.Contains(width) || FormatOf(path) is not { } format)
        {
            return null;
        }
        var target = store.Resolve($"{Folder}/{width}/{path}{(webp ? WebpSuffix : "")}");
        if (target is null)
        {
            return null;
        }
        if (File.Exists(target))
        {
            return target;
        }
        await using var original = store.OpenRead(path);
        if (original is null)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        await original.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        using var encoded = Resize(buffer, width, webp ? SKEncodedImageFormat.Webp : format);
        if (encoded is null)
        {
            return null;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Two first requests at once each write their own file; the last move wins and both are the same bytes.
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        await using (var file = File.Create(temporary))
        {
            encoded.SaveTo(file);
        }
        File.Move(temporary, target, overwrite: true);
        return target;
    }

    /// <summary>Deletes every variant of an image, when the image leaves the library.</summary>
    public void DeleteAll(string path)
    {
        foreach (var width in Widths)
        {
            foreach (var suffix in new[] { "", WebpSuffix })
            {
                if (store.Resolve($"{Folder}/{width}/{path}{suffix}") is { } file && File.Exists(file))
                {
                    File.Delete(file);
                }
            }
        }
    }

    public static string ContentTypeOf(string variantPath) =>
        variantPath.EndsWith(WebpSuffix, StringComparison.OrdinalIgnoreCase) ? "image/webp" : MediaTypes.Of(variantPath);

    private static SKEncodedImageFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => SKEncodedImageFormat.Jpeg,
        ".png" => SKEncodedImageFormat.Png,
        ".webp" => SKEncodedImageFormat.Webp,
        _ => null,
    };

    private static SKData? Resize(Stream content, int width, SKEncodedImageFormat format)
    {
        using var codec = SKCodec.Create(new SKManagedStream(content, disposeManagedStream: false));
        if (codec is null)
        {
            return null;
        }
        using var decoded = SKBitmap.Decode(codec);
        if (decoded is null)
        {
            return null;
        }
        using var oriented = Orient(decoded, codec.EncodedOrigin);
        var bitmap = oriented ?? decoded;
        var targetWidth = Math.Min(width, bitmap.Width);
        var targetHeight = Math.Max(1, (int)Math.Round(bitmap.Height * (double)targetWidth / bitmap.Width));
        using var resized = targetWidth == bitmap.Width
            ? null
            : bitmap.Resize(new SKImageInfo(targetWidth, targetHeight, bitmap.ColorType, bitmap.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized ?? bitmap);
        return image.Encode(format, format == SKEncodedImageFormat.Webp ? 80 : 82);
    }

    private static bool Swaps(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>The pixels turned as the camera's EXIF orientation says, since the copies carry no EXIF to say it.</summary>
    internal static SKBitmap? Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }
        var swaps = Swaps(origin);
        var result = new SKBitmap(swaps ? bitmap.Height : bitmap.Width, swaps ? bitmap.Width : bitmap.Height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(result);
        float w = bitmap.Width, h = bitmap.Height;
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1); canvas.Translate(-w, 0); break;
            case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180); canvas.Translate(-w, -h); break;
            case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1); canvas.Translate(0, -h); break;
            case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(h, 0); canvas.RotateDegrees(90); canvas.Scale(-1, 1); canvas.Translate(-w, 0); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, w); canvas.RotateDegrees(270); break;
        }
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return result;
    }
}
