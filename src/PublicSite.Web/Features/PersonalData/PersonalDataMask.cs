namespace PublicSite.Web.Features.PersonalData;

/// <summary>How personal data is shown on screens and in exports once it is stored encrypted: enough to recognise, not to use.</summary>
public static class PersonalDataMask
{
    /// <summary>
    /// Letters and digits only, the first two and last two kept: <c>H1234567(8)</c> → <c>H1*****78</c>.
    /// </summary>
    public static string Identifier(string? value)
    {
        var n = string.Concat((value ?? "").Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        return n.Length <= 4 ? new string('*', n.Length) : string.Concat(n.AsSpan(0, 2), new string('*', n.Length - 4), n.AsSpan(n.Length - 2));
    }

    /// <summary>The last four digits kept, the rest starred: <c>139 1234 5678</c> → <c>*******5678</c> (a request's phone).</summary>
    public static string PhoneLastFour(string phone)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        return digits.Length <= 4 ? new string('*', digits.Length) : new string('*', digits.Length - 4) + digits[^4..];
    }

    /// <summary>
    /// <c>+351 912 345 678</c> → <c>••• 678</c>: enterprises' contacts, whom the office answers by email from the
    /// manager, never by telephone from the screen that shows this.
    /// </summary>
    public static string PhoneLastThree(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        return digits.Length <= 3 ? "•••" : "••• " + new string(digits[^3..]);
    }

    /// <summary><c>maria.silva@example.mo</c> → <c>m*********@example.mo</c>.</summary>
    public static string Email(string email)
    {
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : email[0] + new string('*', Math.Max(3, at - 1)) + email[at..];
    }
}
