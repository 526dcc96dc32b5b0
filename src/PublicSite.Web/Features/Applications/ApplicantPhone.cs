using System.Text.RegularExpressions;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications;

/// <summary>Phone numbers of Hong Kong (8 digits), Macau (8 digits) and the mainland (11-digit mobiles), with or without the country code.</summary>
public static partial class ApplicantPhone
{
    public static string CountryCode(PhoneRegion region) => region switch
    {
        PhoneRegion.HongKong => "852",
        PhoneRegion.Macau => "853",
        _ => "86",
    };

    /// <summary>The national number (digits only, country code removed), or null when it is not a number of that region.</summary>
    public static string? National(PhoneRegion region, string? input)
    {
        var digits = string.Concat((input ?? "").Where(c => !(char.IsWhiteSpace(c) || c is '-' or '(' or ')' or '.')));
        var code = CountryCode(region);
        if (digits.StartsWith('+'))
        {
            if (!digits.StartsWith("+" + code, StringComparison.Ordinal))
            {
                return null;
            }
            digits = digits[(code.Length + 1)..];
        }
        else if (digits.StartsWith("00" + code, StringComparison.Ordinal))
        {
            digits = digits[(code.Length + 2)..];
        }
        var pattern = region switch
        {
            PhoneRegion.HongKong => HongKong(),
            PhoneRegion.Macau => Macau(),
            _ => Mainland(),
        };
        return pattern.IsMatch(digits) ? digits : null;
    }

    /// <summary>International form, e.g. <c>+853 66123456</c>.</summary>
    public static string International(PhoneRegion region, string national) => $"+{CountryCode(region)} {national}";

    public static string Mask(PhoneRegion region, string national) =>
        $"+{CountryCode(region)} {PersonalDataMask.Identifier(national)}";

    [GeneratedRegex("^[2-9][0-9]{7}$")]
    private static partial Regex HongKong();

    [GeneratedRegex("^(6[0-9]{7}|28[0-9]{6})$")]
    private static partial Regex Macau();

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex Mainland();
}
