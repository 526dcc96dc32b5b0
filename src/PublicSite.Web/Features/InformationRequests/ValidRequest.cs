using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>A request that passed every check, normalized: ID number or credit code in their normal forms.</summary>
public sealed record ValidRequest(
    ApplicantKind Kind, string Name, IdDocumentType? IdDocumentType, string Identifier, string Address, string Phone,
    string Email, string Description, string? DocumentNumber, InformationForm Form, DeliveryMethod Delivery,
    OrganisationKind? OrganisationKind = null);
