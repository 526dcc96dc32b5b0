using PublicSite.Web.Features.InformationRequests;

namespace PublicSite.Web.Features.Manager.Taxonomies;

/// <summary>
/// The code an index number (索引号) begins with: the 9-character organisation code (GB 11714-1997, its 9th
/// character a check computed modulo 11, 10 written X) or the 18-character unified social credit code (GB 32100-2015).
/// </summary>
public static class OrganisationCode
{
    private static readonly int[] Weights = [3, 7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string? code) => code?.Length switch
    {
        9 => IsValidOrganisationCode(code),
        18 => UnifiedSocialCreditCode.IsValid(code),
        _ => false,
    };

    private static bool IsValidOrganisationCode(string code)
    {
        if (!code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (char.IsAsciiDigit(code[i]) ? code[i] - '0' : code[i] - 'A' + 10) * Weights[i];
        }
        var check = 11 - sum % 11;
        return code[8] == check switch { 10 => 'X', 11 => '0', _ => (char)('0' + check) };
    }
}
