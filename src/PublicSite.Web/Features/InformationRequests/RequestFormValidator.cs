using System.Net.Mail;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>The server's checks of the request form; each failure names its field and a message key of the requests' resources.</summary>
public static class RequestFormValidator
{
    public static (IReadOnlyList<FieldError> Errors, ValidRequest? Valid) Validate(RequestForm form)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string key) => errors.Add(new FieldError(field, key));
        string Text(string? value) => (value ?? "").Trim();

        var kindKnown = Enum.TryParse<ApplicantKind>(form.ApplicantKind, out var kind) && Enum.IsDefined(kind);
        if (!kindKnown)
        {
            Fail(nameof(RequestForm.ApplicantKind), "ChooseApplicantKind");
        }
        var name = Text(form.Name);
        if (name.Length == 0)
        {
            Fail(nameof(RequestForm.Name), kindKnown && kind == ApplicantKind.LegalPerson ? "EnterOrganisationName" : "EnterName");
        }
        else if (name.Length > RequestLimits.Name)
        {
            Fail(nameof(RequestForm.Name), "NameTooLong");
        }

        IdDocumentType? documentType = null;
        OrganisationKind? organisationKind = null;
        var identifier = "";
        if (kindKnown && kind == ApplicantKind.NaturalPerson)
        {
            if (!Enum.TryParse<IdDocumentType>(form.IdDocumentType, out var type) || !IdDocumentTypes.ForInformationRequests.Contains(type))
            {
                Fail(nameof(RequestForm.IdDocumentType), "ChooseIdDocumentType");
            }
            else
            {
                documentType = type;
                identifier = ApplicantIdentity.Normalize(form.IdNumber);
                if (identifier.Length == 0)
                {
                    Fail(nameof(RequestForm.IdNumber), "EnterIdNumber");
                }
                else if (!ApplicantIdentity.IsValid(type, identifier))
                {
                    Fail(nameof(RequestForm.IdNumber), "IdNumberInvalid");
                }
            }
        }
        else if (kindKnown)
        {
            // The annual report counts organisations by kind (2021 template, table 三): the applicant says which.
            if (Enum.TryParse<OrganisationKind>(form.OrganisationKind, out var organisation) && Enum.IsDefined(organisation))
            {
                organisationKind = organisation;
            }
            else
            {
                Fail(nameof(RequestForm.OrganisationKind), "ChooseOrganisationKind");
            }
            identifier = UnifiedSocialCreditCode.Normalize(form.CreditCode);
            if (identifier.Length == 0)
            {
                Fail(nameof(RequestForm.CreditCode), "EnterCreditCode");
            }
            else if (!UnifiedSocialCreditCode.IsValid(identifier))
            {
                Fail(nameof(RequestForm.CreditCode), "CreditCodeInvalid");
            }
        }

        var address = Text(form.Address);
        if (address.Length == 0)
        {
            Fail(nameof(RequestForm.Address), "EnterAddress");
        }
        else if (address.Length > RequestLimits.Address)
        {
            Fail(nameof(RequestForm.Address), "AddressTooLong");
        }
        var phone = Text(form.Phone);
        var phoneDigits = phone.Count(char.IsAsciiDigit);
        if (phone.Length == 0)
        {
            Fail(nameof(RequestForm.Phone), "EnterPhone");
        }
        else if (phoneDigits is < 6 or > 15 || phone.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '-' or '(' or ')')))
        {
            Fail(nameof(RequestForm.Phone), "PhoneInvalid");
        }
        var email = Text(form.Email);
        if (email.Length == 0)
        {
            Fail(nameof(RequestForm.Email), "EnterEmail");
        }
        else if (email.Length > RequestLimits.Email || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            Fail(nameof(RequestForm.Email), "EmailInvalid");
        }
        var description = Text(form.Description);
        if (description.Length == 0)
        {
            Fail(nameof(RequestForm.Description), "EnterDescription");
        }
        else if (description.Length > RequestLimits.Description)
        {
            Fail(nameof(RequestForm.Description), "DescriptionTooLong");
        }
        var documentNumber = Text(form.DocumentNumber);
        if (documentNumber.Length > RequestLimits.DocumentNumber)
        {
            Fail(nameof(RequestForm.DocumentNumber), "DocumentNumberTooLong");
        }
        if (!Enum.TryParse<InformationForm>(form.InformationForm, out var informationForm) || !Enum.IsDefined(informationForm))
        {
            Fail(nameof(RequestForm.InformationForm), "ChooseInformationForm");
        }
        if (!Enum.TryParse<DeliveryMethod>(form.Delivery, out var delivery) || !Enum.IsDefined(delivery))
        {
            Fail(nameof(RequestForm.Delivery), "ChooseDelivery");
        }
        if (!form.PersonalConsent)
        {
            Fail(nameof(RequestForm.PersonalConsent), "ConsentRequired");
        }

        return errors.Count > 0
            ? (errors, null)
            : (errors, new ValidRequest(kind, name, documentType, identifier, address, phone, email, description,
                documentNumber.Length == 0 ? null : documentNumber, informationForm, delivery, organisationKind));
    }
}
