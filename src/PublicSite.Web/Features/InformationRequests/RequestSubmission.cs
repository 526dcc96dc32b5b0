using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>Stores a checked request: a reference from a counter, identifier, address and phone only encrypted.</summary>
public sealed class RequestSubmission(
    InformationRequestsDbContext db, PersonalDataProtector protector, TimeProvider time, ILogger<RequestSubmission> logger)
{
    public const string ReferencePrefix = "CZHM-YSQ";

    public async Task<(InformationRequest Request, string StatusToken)> SubmitAsync(ValidRequest form, string language, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var token = StatusLinkToken.Create();
        var request = new InformationRequest
        {
            ReferenceNumber = "",
            Language = language,
            ApplicantKind = form.Kind,
            OrganisationKind = form.OrganisationKind,
            Name = form.Name,
            IdDocumentType = form.IdDocumentType,
            IdentifierEncrypted = protector.Protect(form.Identifier),
            IdentifierMasked = PersonalDataMask.Identifier(form.Identifier),
            AddressEncrypted = protector.Protect(form.Address),
            PhoneEncrypted = protector.Protect(form.Phone),
            PhoneMasked = PersonalDataMask.PhoneLastFour(form.Phone),
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

        // One writer at a time reads and raises the counter.
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{ReferencePrefix}-{SiteClock.ToChina(now).Year}");
        await using var transaction = await db.Database.BeginSerialisedWriteAsync(prefix, cancellationToken);
        request.ReferenceNumber = await ReferenceCounter.NextReferenceAsync(db.ReferenceCounters, prefix, cancellationToken);
        db.Requests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Request for information {Reference} stored.", request.ReferenceNumber);
        return (request, token);
    }

    /// <summary>Whether a token is the request's own, compared in constant time.</summary>
    public bool TokenMatches(InformationRequest request, string? token) =>
        StatusLinkToken.Matches(protector, request.StatusTokenEncrypted, token);
}
