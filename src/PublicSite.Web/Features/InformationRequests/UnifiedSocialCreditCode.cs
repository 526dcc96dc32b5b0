namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// A legal person's or organisation's unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of
/// 0–9 and capital letters without I, O, S, V and Z; registering authority, kind, six-digit administrative division,
/// nine-character organisation code and a check character computed modulo 31.
/// </summary>
public static class UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>Upper case without spaces, as applicants copy it from a licence in pieces (e.g. <c>9135 0100 …</c>).</summary>
    public static string Normalize(string? value) =>
        new((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    public static bool IsValid(string? value)
    {
        var code = Normalize(value);
        if (code.Length != 18 || code.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)) || !code[2..8].All(char.IsAsciiDigit))
        {
            return false;
        }
        return code[17] == CheckCharacter(code);
    }

    /// <summary>The 18th character for the first 17: weights 3^i mod 31, check 31 − (sum mod 31), 31 written 0.</summary>
    public static char CheckCharacter(string code)
    {
        var sum = 0;
        var weight = 1;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }
        return Alphabet[(31 - sum % 31) % 31];
    }
}
