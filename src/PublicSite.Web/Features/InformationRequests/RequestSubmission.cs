using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Programmes.Applications;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>Stores a checked request: a reference from a counter, identifier, address and phone only encrypted.</summary>
public sealed class RequestSubmission(
    InformationRequestsDbContext db, PersonalDataProtector protector, TimeProvider time, ILogger<RequestSubmission> logger)
{
    public const string ReferencePrefix = "CZHM-YSQ";

    public async Task<(InformationRequest Request, string StatusToken)> SubmitAsync(ValidRequest form, string language, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var request = new InformationRequest
        {
            ReferenceNumber = "",
            Language = language,
            ApplicantKind = form.Kind,
            OrganisationKind = form.OrganisationKind,
            Name = form.Name,
            IdDocumentType = form.IdDocumentType,
            IdentifierEncrypted = protector.Protect(form.Identifier),
            IdentifierMasked = ApplicantIdentity.Mask(form.Identifier),
            AddressEncrypted = protector.Protect(form.Address),
            PhoneEncrypted = protector.Protect(form.Phone),
            PhoneMasked = MaskPhone(form.Phone),
            Email = form.Email,
            Description = form.Description,
            DocumentNumber = form.DocumentNumber,
            InformationForm = form.Form,
            Delivery = form.Delivery,
            PersonalDataConsentAt = now,
            StatusTokenEncrypted = protector.Protect(token),
            ReceivedAt = now,
            Steps = [new RequestStep { Kind = RequestStepKind.Received, At = now }],
        };

        // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the counter is read and raised by one writer at a time.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{ReferencePrefix}-{SiteClock.ToChina(now).Year}");
        var counter = await db.ReferenceCounters.SingleOrDefaultAsync(c => c.Prefix == prefix, cancellationToken);
        if (counter is null)
        {
            counter = new RequestReferenceCounter { Prefix = prefix };
            db.ReferenceCounters.Add(counter);
        }
        counter.Last++;
        request.ReferenceNumber = ReferenceNumber.Format(prefix, counter.Last);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Request for information {Reference} stored.", request.ReferenceNumber);
        return (request, token);
    }

    /// <summary>Whether a token is the request's own, compared in constant time.</summary>
    public bool TokenMatches(InformationRequest request, string? token)
    {
        if (token is null)
        {
            return false;
        }
        string expected;
        try
        {
            expected = protector.Unprotect(request.StatusTokenEncrypted);
        }
        catch (CryptographicException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(token));
    }

    /// <summary>The last four digits shown, the rest starred: <c>139 1234 5678</c> → <c>*******5678</c>.</summary>
    public static string MaskPhone(string phone)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        return digits.Length <= 4 ? new string('*', digits.Length) : new string('*', digits.Length - 4) + digits[^4..];
    }
}
