namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>What an enterprise may ask the office about; stored by name, shown through the <c>Topic_*</c> strings.</summary>
public enum EnquiryTopic
{
    CooperationPark,
    Incentives,
    Premises,
    Recruitment,
    TradeFairs,
}
