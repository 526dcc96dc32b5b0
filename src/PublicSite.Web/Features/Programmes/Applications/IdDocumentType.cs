namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>The identity documents an HK or Macau applicant may give.</summary>
public enum IdDocumentType
{
    /// <summary>港澳居民来往内地通行证 (H or M and 8 digits; older permits H/M and 10 digits).</summary>
    MainlandTravelPermit,

    /// <summary>港澳居民居住证: an 18-character number starting 810000 (HK) or 820000 (Macau).</summary>
    ResidencePermit,

    /// <summary>Hong Kong identity card, e.g. A123456(3).</summary>
    HongKongIdentityCard,

    /// <summary>Macau resident identity card (BIR), e.g. 1234567(8).</summary>
    MacauIdentityCard,

    Passport,
}
