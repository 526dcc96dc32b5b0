namespace PublicSite.Web.Features.InformationRequests;

/// <summary>The request form as typed: strings only, so that anything typed comes back on an error.</summary>
public sealed class RequestForm
{
    public string? ApplicantKind { get; set; }

    public string? Name { get; set; }

    public string? IdDocumentType { get; set; }

    public string? IdNumber { get; set; }

    public string? CreditCode { get; set; }

    public string? OrganisationKind { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Description { get; set; }

    public string? DocumentNumber { get; set; }

    public string? InformationForm { get; set; }

    public string? Delivery { get; set; }

    public bool PersonalConsent { get; set; }

    /// <summary>Honeypot: hidden from people, filled by robots.</summary>
    public string? Website { get; set; }
}
