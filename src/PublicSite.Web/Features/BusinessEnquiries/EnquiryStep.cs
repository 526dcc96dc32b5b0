namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>
/// One step of an enquiry's history in the manager: who assigned it to whom, who replied (the reply is kept, encrypted
/// like the question it answers), who closed it. Deleted with its enquiry by the purge.
/// </summary>
public sealed class EnquiryStep
{
    public long Id { get; set; }

    public Guid EnquiryId { get; set; }

    public EnquiryStatus Status { get; set; }

    public DateTime At { get; set; }

    /// <summary>The manager user who acted.</summary>
    public required string Actor { get; set; }

    /// <summary>For an assignment: the user the enquiry now belongs to.</summary>
    public string? AssignedTo { get; set; }

    /// <summary>For a reply: the text sent to the enquirer, encrypted.</summary>
    public string? ReplyEncrypted { get; set; }
}
