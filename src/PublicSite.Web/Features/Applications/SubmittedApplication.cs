using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// An application to a programme call: personal data under PIPL, kept apart from content. ID and phone numbers
/// are stored only encrypted (and as a keyed hash for the duplicate check), with masked copies for screens.
/// </summary>
public sealed class SubmittedApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>e.g. <c>CZHM-2026-INT-00042</c>; unique.</summary>
    public required string ReferenceNumber { get; set; }

    /// <summary>The call's content item; calls are content, so only their id and key are kept here.</summary>
    public Guid CallItemId { get; set; }

    public required string CallKey { get; set; }

    /// <summary>The call's deadline when the application was made (UTC); the purge prefers the call's current one.</summary>
    public DateTime CallDeadline { get; set; }

    /// <summary>The language the applicant used (<c>zh-CN</c>, <c>pt-PT</c>): their emails and status page speak it.</summary>
    public required string Language { get; set; }

    public required string FullName { get; set; }

    public IdDocumentType IdDocumentType { get; set; }

    public required string IdNumberEncrypted { get; set; }

    /// <summary>HMAC of the normalized number: finds a second application to the same call without decrypting.</summary>
    public required string IdNumberHash { get; set; }

    public required string IdNumberMasked { get; set; }

    /// <summary>
    /// The reference of the first application to the same call with the same ID number, when this one repeats it.
    /// The applicant is not told (that would confirm to anyone that a number applied); the office decides.
    /// </summary>
    public string? DuplicateOf { get; set; }

    public DateOnly DateOfBirth { get; set; }

    public required string Email { get; set; }

    public PhoneRegion PhoneRegion { get; set; }

    public required string PhoneEncrypted { get; set; }

    public required string PhoneMasked { get; set; }

    public required string School { get; set; }

    public required string Major { get; set; }

    public required string YearOfStudy { get; set; }

    public string? PreferredHost { get; set; }

    public required string Statement { get; set; }

    public string? GuardianName { get; set; }

    /// <summary>Size in bytes of the CV as uploaded (the stored file is encrypted).</summary>
    public long CvLength { get; set; }

    public DateTime PersonalInformationConsentAt { get; set; }

    public DateTime SensitiveInformationConsentAt { get; set; }

    public DateTime? GuardianConsentAt { get; set; }

    /// <summary>The private status link's secret, encrypted so that status emails can repeat the link.</summary>
    public required string StatusTokenEncrypted { get; set; }

    public ApplicationStatus Status { get; set; }

    public DateTime SubmittedAt { get; set; }

    public List<StatusStep> Steps { get; set; } = [];
}
