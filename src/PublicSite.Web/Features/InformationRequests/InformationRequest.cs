using PublicSite.Web.Features.Programmes.Applications;

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

    public List<RequestStep> Steps { get; set; } = [];
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
}

public enum RequestStepKind
{
    Received,
}

/// <summary>The last number given under a prefix such as <c>CZHM-YSQ-2026</c>; outlives purged requests.</summary>
public sealed class RequestReferenceCounter
{
    public required string Prefix { get; set; }

    public int Last { get; set; }
}
