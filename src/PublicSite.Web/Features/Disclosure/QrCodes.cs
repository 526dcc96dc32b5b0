using QRCoder;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>QR codes drawn on the server as inline SVG (no external service, no script), to open a page on a phone.</summary>
public sealed class QrCodes
{
    public string Svg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        // The caption beside it names the code; the picture itself is decorative for screen readers.
        return svg.Replace("<svg ", "<svg aria-hidden=\"true\" focusable=\"false\" ", StringComparison.Ordinal);
    }
}
