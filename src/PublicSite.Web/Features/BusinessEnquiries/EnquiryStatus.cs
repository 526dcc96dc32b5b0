namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>Where an enquiry stands in the office's queue; stored by name, shown through the <c>Status_*</c> strings.</summary>
public enum EnquiryStatus
{
    Received,
    Assigned,
    Answered,
    Closed,
}
