using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications;

/// <summary>An application form that passed every check, in normal form, ready to be stored.</summary>
public sealed record ValidApplication(
    string FullName,
    IdDocumentType IdDocumentType,
    string IdNumber,
    DateOnly DateOfBirth,
    string Email,
    PhoneRegion PhoneRegion,
    string PhoneNational,
    string School,
    string Major,
    string YearOfStudy,
    string? PreferredHost,
    string Statement,
    string? GuardianName,
    bool IsMinor);
