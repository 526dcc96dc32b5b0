using System.Net.Mail;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>
/// What the registration form posts; every field is text, so binding cannot fail and the checks speak the reader's
/// language. Participants are <see cref="MaxParticipants"/> fixed rows, so the form needs no JavaScript to add one.
/// </summary>
public sealed class RegistrationForm
{
    public const int MaxShort = 200;
    public const int MaxParticipants = 5;

    public string? Company { get; set; }
    public string? Country { get; set; }
    public string? ContactName { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public List<ParticipantRow> Participants { get; set; } = [];
    public List<string> Interests { get; set; } = [];
    public bool Consent { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by robots.</summary>
    public string? Website { get; set; }

    /// <summary>The rows a person filled in, trimmed.</summary>
    public IReadOnlyList<Participant> FilledParticipants() => Participants.Take(MaxParticipants)
        .Where(p => !string.IsNullOrWhiteSpace(p.Name))
        .Select(p => new Participant(p.Name!.Trim(), p.Role?.Trim() ?? ""))
        .ToList();

    /// <summary>The form's rows, padded to <see cref="MaxParticipants"/> so the page always shows five.</summary>
    public IReadOnlyList<ParticipantRow> Rows() =>
        [.. Participants.Take(MaxParticipants), .. Enumerable.Range(0, Math.Max(0, MaxParticipants - Participants.Count)).Select(_ => new ParticipantRow())];

    /// <summary>Field name → message key of each problem, in the order of the form.</summary>
    public IReadOnlyList<(string Field, string MessageKey)> Problems(IReadOnlyCollection<string> offeredInterests)
    {
        var problems = new List<(string, string)>();
        void Required(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add((field, "Required_" + field));
            }
            else if (value.Trim().Length > MaxShort)
            {
                problems.Add((field, "TooLong"));
            }
        }
        Required(nameof(Company), Company);
        Required(nameof(Country), Country);
        Required(nameof(ContactName), ContactName);
        Required(nameof(Email), Email);
        if (!string.IsNullOrWhiteSpace(Email) && !IsEmail(Email.Trim()))
        {
            problems.Add((nameof(Email), "EmailInvalid"));
        }
        if (Phone is { Length: > 40 } || (Phone is { } p && p.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')'))))
        {
            problems.Add((nameof(Phone), "PhoneInvalid"));
        }
        var rows = Participants.Take(MaxParticipants).ToList();
        if (!rows.Any(r => !string.IsNullOrWhiteSpace(r.Name)))
        {
            problems.Add(("Participants[0].Name", "Required_Participants"));
        }
        for (var i = 0; i < rows.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rows[i].Name) && !string.IsNullOrWhiteSpace(rows[i].Role))
            {
                problems.Add(($"Participants[{i}].Name", "ParticipantNameMissing"));
            }
            else if (rows[i].Name?.Trim().Length > MaxShort || rows[i].Role?.Trim().Length > MaxShort)
            {
                problems.Add(($"Participants[{i}].Name", "TooLong"));
            }
        }
        if (Interests.Any(i => !offeredInterests.Contains(i)))
        {
            problems.Add((nameof(Interests), "InterestUnknown"));
        }
        if (!Consent)
        {
            problems.Add((nameof(Consent), "Required_Consent"));
        }
        return problems;
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
