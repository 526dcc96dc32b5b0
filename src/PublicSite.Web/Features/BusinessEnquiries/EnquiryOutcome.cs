namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>What came of a handling step: done, refused by the enquiry's state or the input, or no such enquiry.</summary>
public enum EnquiryOutcome
{
    Done,
    Refused,
    NotFound,
}
