namespace PublicSite.Web.Features.InformationRequests;

/// <summary>Who asks (条例 Art. 29): a citizen gives an identity document, an organisation its credit code.</summary>
public enum ApplicantKind
{
    NaturalPerson,
    LegalPerson,
}

/// <summary>The form the applicant wants the information in (Art. 29 (3)).</summary>
public enum InformationForm
{
    Paper,
    Electronic,
}

/// <summary>How the applicant wants to receive it.</summary>
public enum DeliveryMethod
{
    Post,
    Email,
    CollectInPerson,
}
