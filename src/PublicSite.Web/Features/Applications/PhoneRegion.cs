namespace PublicSite.Web.Features.Applications;

/// <summary>Where an applicant's phone number is registered; each has its own number format.</summary>
public enum PhoneRegion
{
    HongKong,
    Macau,
    Mainland,
}
