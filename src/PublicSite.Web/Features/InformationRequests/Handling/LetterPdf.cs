using Microsoft.Extensions.Options;
using SkiaSharp;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// Draws a reply letter on A4 pages with SkiaSharp's PDF backend. The CJK font is embedded (subset) with its
/// Unicode map, so the PDF's text can be searched and read back, Chinese and Portuguese alike.
/// </summary>
public sealed class LetterPdf(IOptions<InformationRequestsOptions> options) : IDisposable
{
    // A4 in points, 2.5 cm margins, the sizes of an official letter on screen.
    private const float Width = 595, Height = 842, Margin = 72, TitleSize = 18, BodySize = 12, Leading = 1.6f;

    private readonly Lazy<SKTypeface> _typeface = new(() => LoadTypeface(options.Value.LetterFont));

    public byte[] Render(string title, string body)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = title, Creator = "PublicSite" }))
        {
            using var titleFont = new SKFont(_typeface.Value, TitleSize);
            using var bodyFont = new SKFont(_typeface.Value, BodySize);
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            var canvas = document.BeginPage(Width, Height);
            var y = Margin + TitleSize;
            canvas.DrawText(title, (Width - titleFont.MeasureText(title)) / 2, y, SKTextAlign.Left, titleFont, paint);
            y += TitleSize * 2;
            foreach (var line in Lines(body, bodyFont, Width - 2 * Margin))
            {
                if (y > Height - Margin)
                {
                    document.EndPage();
                    canvas = document.BeginPage(Width, Height);
                    y = Margin + BodySize;
                }
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, bodyFont, paint);
                y += BodySize * Leading;
            }
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    /// <summary>Wraps each paragraph to the width: Chinese may break between any two characters, Portuguese between words.</summary>
    internal static IEnumerable<string> Lines(string text, SKFont font, float width)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var piece in Pieces(paragraph.TrimEnd()))
            {
                var candidate = line + piece;
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    yield return line.TrimEnd();
                    line = piece.TrimStart();
                }
                else
                {
                    line = candidate;
                }
            }
            yield return line;
        }
    }

    // A word with its following space, or a single CJK character.
    private static IEnumerable<string> Pieces(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c > '\u2E80' || c == ' ')
            {
                yield return paragraph[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < paragraph.Length)
        {
            yield return paragraph[start..];
        }
    }

    private static SKTypeface LoadTypeface(string path)
    {
        // Index 2 of Noto Sans CJK's collection is the Simplified Chinese face (SC); other fonts have one face.
        var typeface = File.Exists(path) ? SKTypeface.FromFile(path, path.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase) ? 2 : 0) : null;
        return typeface ?? SKFontManager.Default.MatchCharacter('中')
            ?? throw new InvalidOperationException($"No font for Chinese letters at {path}: install fonts-noto-cjk or set InformationRequests:LetterFont.");
    }

    public void Dispose()
    {
        if (_typeface.IsValueCreated)
        {
            _typeface.Value.Dispose();
        }
    }
}
