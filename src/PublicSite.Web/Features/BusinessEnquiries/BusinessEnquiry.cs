namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>
/// An enterprise's question to the office. The company's facts are kept in clear (they are not personal data);
/// the contact person's name, email, phone and the question itself are encrypted with the
/// <see cref="Programmes.Applications.PersonalDataProtector"/> and only a masked email is kept for the screen.
/// </summary>
public sealed class BusinessEnquiry
{
    public Guid Id { get; set; }

    public required string ReferenceNumber { get; set; }

    /// <summary>Culture the enquirer wrote in (zh-CN or pt-PT): their acknowledgement and reply use it.</summary>
    public required string Language { get; set; }

    public required string Company { get; set; }

    public required string Country { get; set; }

    public required string Sector { get; set; }

    public required string CompanySize { get; set; }

    /// <summary>Topic names separated by commas.</summary>
    public required string Topics { get; set; }

    public required string ContactNameEncrypted { get; set; }

    public required string EmailEncrypted { get; set; }

    public required string EmailMasked { get; set; }

    public string? PhoneEncrypted { get; set; }

    public required string QuestionEncrypted { get; set; }

    public DateTime ReceivedUtc { get; set; }

    public EnquiryStatus Status { get; set; } = EnquiryStatus.Received;

    /// <summary>The manager user who answers it, once assigned.</summary>
    public string? AssignedTo { get; set; }

    public List<EnquiryStep> Steps { get; set; } = [];
}
