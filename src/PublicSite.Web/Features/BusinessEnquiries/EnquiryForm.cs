using System.Net.Mail;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>What the enquiry form posts; every field is text, so binding cannot fail and the checks speak the reader's language.</summary>
public sealed class EnquiryForm
{
    public const int MaxShort = 200;
    public const int MaxQuestion = 4000;

    public static readonly string[] Sizes = ["Micro", "Small", "Medium", "Large"];

    public string? Company { get; set; }
    public string? Country { get; set; }
    public string? Sector { get; set; }
    public string? CompanySize { get; set; }
    public string? ContactName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Question { get; set; }
    public List<string> Topics { get; set; } = [];
    public bool Consent { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by robots.</summary>
    public string? Website { get; set; }

    /// <summary>Field name → message key of each problem, in the order of the form.</summary>
    public IReadOnlyList<(string Field, string MessageKey)> Problems()
    {
        var problems = new List<(string, string)>();
        void Required(string field, string? value, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add((field, "Required_" + field));
            }
            else if (value.Trim().Length > max)
            {
                problems.Add((field, "TooLong"));
            }
        }
        Required(nameof(Company), Company, MaxShort);
        Required(nameof(Country), Country, MaxShort);
        Required(nameof(Sector), Sector, MaxShort);
        if (!Sizes.Contains(CompanySize))
        {
            problems.Add((nameof(CompanySize), "Required_CompanySize"));
        }
        Required(nameof(ContactName), ContactName, MaxShort);
        Required(nameof(Email), Email, MaxShort);
        if (!string.IsNullOrWhiteSpace(Email) && !IsEmail(Email.Trim()))
        {
            problems.Add((nameof(Email), "EmailInvalid"));
        }
        if (Phone is { Length: > 40 } || (Phone is { } p && p.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')'))))
        {
            problems.Add((nameof(Phone), "PhoneInvalid"));
        }
        if (Topics.Count == 0 || Topics.Any(t => !Enum.TryParse<EnquiryTopic>(t, out _)))
        {
            problems.Add((nameof(Topics), "Required_Topics"));
        }
        Required(nameof(Question), Question, MaxQuestion);
        if (!Consent)
        {
            problems.Add((nameof(Consent), "Required_Consent"));
        }
        return problems;
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
