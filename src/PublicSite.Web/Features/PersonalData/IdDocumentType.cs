namespace PublicSite.Web.Features.PersonalData;

/// <summary>The identity documents an applicant may give (programme applications take those of HK and Macau residents).</summary>
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

    /// <summary>居民身份证 of a mainland resident: 18 characters, GB 11643 (region, birth date, sequence, check character).</summary>
    MainlandIdentityCard,
}

/// <summary>Which documents each form offers, in the order it shows them.</summary>
public static class IdDocumentTypes
{
    /// <summary>
    /// The calls are for Hong Kong and Macau youth, who hold no mainland identity card: their documents only.
    /// </summary>
    public static IReadOnlyList<IdDocumentType> ForApplications { get; } =
    [
        IdDocumentType.MainlandTravelPermit, IdDocumentType.ResidencePermit, IdDocumentType.HongKongIdentityCard,
        IdDocumentType.MacauIdentityCard, IdDocumentType.Passport,
    ];

    /// <summary>Anyone may request information (条例 Art. 27): most applicants are mainland residents, so their card comes first.</summary>
    public static IReadOnlyList<IdDocumentType> ForInformationRequests { get; } = [IdDocumentType.MainlandIdentityCard, .. ForApplications];
}
