using System.Text.RegularExpressions;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>Format checks, normal form and masking of the identity document numbers an applicant may give.</summary>
public static partial class ApplicantIdentity
{
    /// <summary>Upper case, letters and digits only: <c>a123 456(3)</c> → <c>A1234563</c>.</summary>
    public static string Normalize(string? number) =>
        string.Concat((number ?? "").Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();

    public static bool IsValid(IdDocumentType type, string? number)
    {
        var n = Normalize(number);
        return type switch
        {
            IdDocumentType.MainlandTravelPermit => TravelPermit().IsMatch(n),
            IdDocumentType.ResidencePermit => ResidencePermit().IsMatch(n) && HasResidencePermitCheckCharacter(n),
            IdDocumentType.MainlandIdentityCard => MainlandCard().IsMatch(n) && HasBirthDate(n) && HasResidencePermitCheckCharacter(n),
            IdDocumentType.HongKongIdentityCard => HongKongCard().IsMatch(n) && HasHongKongCheckDigit(n),
            IdDocumentType.MacauIdentityCard => MacauCard().IsMatch(n),
            IdDocumentType.Passport => Passport().IsMatch(n) && n.Any(char.IsAsciiDigit),
            _ => false,
        };
    }

    // Characters 7–14 are the holder's date of birth (yyyyMMdd); a card with an impossible date is mistyped.
    private static bool HasBirthDate(string n) => DateOnly.TryParseExact(n[6..14], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.None, out _);

    // GB 11643 (the identity card's and the residence permit's number): weighted sum of the first 17 digits modulo 11 gives the 18th character.
    private static bool HasResidencePermitCheckCharacter(string n)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (n[i] - '0') * weights[i];
        }
        return "10X98765432"[sum % 11] == n[17];
    }

    // Hong Kong: letters count A=10…Z=35, a missing second letter counts 36; weights 9…2, total with the check digit ≡ 0 (mod 11).
    private static bool HasHongKongCheckDigit(string n)
    {
        var body = n.Length == 8 ? " " + n[..7] : n[..8];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body[i];
            var value = c == ' ' ? 36 : char.IsAsciiLetter(c) ? c - 'A' + 10 : c - '0';
            sum += value * (9 - i);
        }
        var check = n[^1] == 'A' ? 10 : n[^1] - '0';
        return (sum + check) % 11 == 0;
    }

    [GeneratedRegex("^[1-9][0-9]{5}(18|19|20)[0-9]{9}[0-9X]$")]
    private static partial Regex MainlandCard();

    [GeneratedRegex("^[HM]([0-9]{8}|[0-9]{10})$")]
    private static partial Regex TravelPermit();

    [GeneratedRegex("^8[12]0000[0-9]{11}[0-9X]$")]
    private static partial Regex ResidencePermit();

    [GeneratedRegex("^[A-Z]{1,2}[0-9]{6}[0-9A]$")]
    private static partial Regex HongKongCard();

    [GeneratedRegex("^[157][0-9]{7}$")]
    private static partial Regex MacauCard();

    [GeneratedRegex("^[A-Z0-9]{6,12}$")]
    private static partial Regex Passport();
}
