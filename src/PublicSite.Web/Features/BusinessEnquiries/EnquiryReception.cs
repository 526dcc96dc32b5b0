using System.Security.Cryptography;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>Stores a valid enquiry (contact data encrypted) and sends the acknowledgement in the enquirer's language.</summary>
public sealed class EnquiryReception(
    BusinessEnquiriesDbContext db, PersonalDataProtector protector, TimeProvider time, EnquiryMail mail)
{
    // No 0/O or 1/I: the reference is read out on the telephone.
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public async Task<BusinessEnquiry> ReceiveAsync(EnquiryForm form, string culture, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var email = form.Email!.Trim();
        var enquiry = new BusinessEnquiry
        {
            Id = Guid.CreateVersion7(),
            // The date in the reference is Changzhou's, as the office and the enquirer read it.
            ReferenceNumber = $"BE-{SiteClock.ChinaDate(now):yyyyMMdd}-{RandomNumberGenerator.GetString(ReferenceAlphabet, 6)}",
            Language = culture,
            Company = form.Company!.Trim(),
            Country = form.Country!.Trim(),
            Sector = form.Sector!.Trim(),
            CompanySize = form.CompanySize!,
            Topics = string.Join(',', form.Topics.Distinct()),
            ContactNameEncrypted = protector.Protect(form.ContactName!.Trim()),
            EmailEncrypted = protector.Protect(email),
            EmailMasked = PersonalDataMask.Email(email),
            PhoneEncrypted = string.IsNullOrWhiteSpace(form.Phone) ? null : protector.Protect(form.Phone.Trim()),
            QuestionEncrypted = protector.Protect(form.Question!.Trim()),
            ReceivedUtc = now,
        };
        db.Enquiries.Add(enquiry);
        await db.SaveChangesAsync(cancellationToken);
        await mail.SendAcknowledgementAsync(enquiry, form.ContactName.Trim(), email, cancellationToken);
        return enquiry;
    }
}
