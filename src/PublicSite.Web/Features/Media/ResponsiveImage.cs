using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using PublicSite.Cms.Media;

namespace PublicSite.Web.Features.Media;

/// <summary>
/// A library image as a <c>&lt;picture&gt;</c>: WebP copies and copies in the original format at the widths
/// <see cref="ImageVariants.WidthsFor"/> offers, with <c>sizes</c>, <c>width</c>/<c>height</c> (no layout shift) and
/// the focal point as <c>object-position</c> for lists that crop.
/// </summary>
public static class ResponsiveImage
{
    public const string ArticleSizes = "(min-width: 960px) 880px, 100vw";

    public const string ThumbnailSizes = "(min-width: 600px) 240px, 100vw";

    public static string Html(MediaFile image, string? alt, string sizes, string? cssClass = null, bool lazy = true)
    {
        var widths = ImageVariants.WidthsFor(image.Width);
        string Srcset(bool webp) => string.Join(", ", widths.Select(w =>
            MediaVariantEndpoints.Url(image.Path, ImageVariants.RequestWidthFor(w), webp) + " " + w.ToString(CultureInfo.InvariantCulture) + "w"));
        var encoder = HtmlEncoder.Default;
        var fallback = widths.FirstOrDefault(w => w >= 960, widths[^1]);
        var html = new StringBuilder("<picture>");
        html.Append("<source type=\"image/webp\" srcset=\"").Append(encoder.Encode(Srcset(true))).Append("\" sizes=\"").Append(sizes).Append("\">");
        html.Append("<img src=\"").Append(encoder.Encode(MediaVariantEndpoints.Url(image.Path, ImageVariants.RequestWidthFor(fallback), false)))
            .Append("\" srcset=\"").Append(encoder.Encode(Srcset(false))).Append("\" sizes=\"").Append(sizes)
            .Append("\" alt=\"").Append(encoder.Encode(alt ?? "")).Append('"');
        if (image.Width is { } width && image.Height is { } height)
        {
            html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        }
        if (cssClass is not null)
        {
            html.Append(" class=\"").Append(encoder.Encode(cssClass)).Append('"');
        }
        if (image.FocalX is { } x && image.FocalY is { } y)
        {
            html.Append(CultureInfo.InvariantCulture, $" style=\"object-position: {x * 100:0.#}% {y * 100:0.#}%\"");
        }
        html.Append(lazy ? " loading=\"lazy\" decoding=\"async\">" : " decoding=\"async\">");
        return html.Append("</picture>").ToString();
    }

    /// <summary>The alt text of <paramref name="image"/> for readers of <paramref name="culture"/>.</summary>
    public static string? AltIn(MediaFile image, string culture) =>
        culture.StartsWith("pt", StringComparison.Ordinal) ? image.AltPt : image.AltZh;
}
