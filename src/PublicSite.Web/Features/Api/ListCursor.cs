using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// Where a page of the content list ended: the last item's publication time and variant id. The next page starts
/// strictly after it in the list's order, so items published meanwhile neither repeat nor push others off a page.
/// </summary>
public sealed record ListCursor(DateTime PublishAt, Guid VariantId)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{PublishAt.Ticks}:{VariantId:N}")));

    public static ListCursor? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(value)).Split(':');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTime.MaxValue.Ticks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                return new ListCursor(new DateTime(ticks, DateTimeKind.Utc), id);
            }
        }
        catch (FormatException)
        {
            // Falls through to the problem below.
        }
        throw new ApiParameterException("cursor", "The cursor is not one this API gave out; take it from 'nextCursor' of the previous page.");
    }
}
