using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// A request for government information (依申请公开): personal data under PIPL, kept apart from content. The ID number
/// or credit code, address and phone are stored only encrypted, with masked copies for screens.
/// </summary>
public sealed class InformationRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>e.g. <c>CZHM-YSQ-2026-00017</c>; unique.</summary>
    public required string ReferenceNumber { get; set; }

    /// <summary>The applicant's language (<c>zh-CN</c>, <c>pt-PT</c>): their mail, status page and letters speak it.</summary>
    public required string Language { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    public required string Name { get; set; }

    public IdDocumentType? IdDocumentType { get; set; }

    public required string IdentifierEncrypted { get; set; }

    public required string IdentifierMasked { get; set; }

    public required string AddressEncrypted { get; set; }

    public required string PhoneEncrypted { get; set; }

    public required string PhoneMasked { get; set; }

    public required string Email { get; set; }

    public required string Description { get; set; }

    public string? DocumentNumber { get; set; }

    public InformationForm InformationForm { get; set; }

    public DeliveryMethod Delivery { get; set; }

    public DateTime PersonalDataConsentAt { get; set; }

    /// <summary>The private status link's secret, encrypted so that later mails can repeat the link.</summary>
    public required string StatusTokenEncrypted { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>For a legal person or organisation: the kind the annual report counts (2021 template, table 三).</summary>
    public OrganisationKind? OrganisationKind { get; set; }

    /// <summary>The final decision; none while the request is being handled or waits for a correction.</summary>
    public RequestDecision? Decision { get; set; }

    public DecisionGround? Ground { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>When the one extension of the reply period (Art. 33) was granted.</summary>
    public DateTime? ExtendedAt { get; set; }

    /// <summary>When the office asked for a correction (补正, Art. 30) and what the applicant is to correct.</summary>
    public DateTime? CorrectionAskedAt { get; set; }

    public string? CorrectionAsked { get; set; }

    /// <summary>When the applicant's correction arrived, and what they wrote.</summary>
    public DateTime? CorrectedAt { get; set; }

    public string? Correction { get; set; }

    /// <summary>Set once the personal data were purged: the row then only holds what the annual report counts.</summary>
    public DateTime? PurgedAt { get; set; }

    public List<RequestStep> Steps { get; set; } = [];

    public List<RequestLetter> Letters { get; set; } = [];

    public ReplyClock Clock => new(ReceivedAt, ExtendedAt is not null, CorrectionAskedAt, CorrectedAt);

    public bool IsDecided => Decision is not null;

    /// <summary>Waiting for the applicant's correction: asked and not yet received.</summary>
    public bool AwaitsCorrection => CorrectionAskedAt is not null && CorrectedAt is null && !IsDecided;
}

/// <summary>One step of a request's history, as the applicant and the office see it.</summary>
public sealed class RequestStep
{
    public long Id { get; set; }

    public Guid RequestId { get; set; }

    public RequestStepKind Kind { get; set; }

    public DateTime At { get; set; }

    public string? ChangedBy { get; set; }

    public string? Note { get; set; }

    /// <summary>The decision taken at this step (<see cref="RequestStepKind.Decided"/> and <see cref="RequestStepKind.CorrectionAsked"/>).</summary>
    public RequestDecision? Decision { get; set; }

    /// <summary>The letter sent at this step, if any.</summary>
    public Guid? LetterId { get; set; }
}

public enum RequestStepKind
{
    Received,
    CorrectionAsked,
    Corrected,
    Extended,
    Decided,
    PersonalDataPurged,
}

/// <summary>
/// A reply letter as written in the manager and sent: its text and its PDF, both encrypted (they name the applicant
/// and may quote what they asked for).
/// </summary>
public sealed class RequestLetter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RequestId { get; set; }

    public RequestDecision? Decision { get; set; }

    public DateTime At { get; set; }

    public required string SentBy { get; set; }

    public required string BodyEncrypted { get; set; }

    public required byte[] PdfEncrypted { get; set; }
}
