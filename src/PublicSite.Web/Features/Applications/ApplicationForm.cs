namespace PublicSite.Web.Features.Applications;

/// <summary>
/// What the applicant typed, exactly as posted: every field is text so that nothing is lost or rejected by model
/// binding, and the form is shown again as typed when a check fails.
/// </summary>
public sealed class ApplicationForm
{
    public string? FullName { get; set; }

    public string? IdDocumentType { get; set; }

    public string? IdNumber { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, as a date input sends it.</summary>
    public string? DateOfBirth { get; set; }

    public string? Email { get; set; }

    public string? PhoneRegion { get; set; }

    public string? Phone { get; set; }

    public string? School { get; set; }

    public string? Major { get; set; }

    public string? YearOfStudy { get; set; }

    public string? PreferredHost { get; set; }

    public string? Statement { get; set; }

    public string? GuardianName { get; set; }

    public bool PersonalConsent { get; set; }

    public bool SensitiveConsent { get; set; }

    public bool GuardianConsent { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by form-spamming robots.</summary>
    public string? Website { get; set; }
}
