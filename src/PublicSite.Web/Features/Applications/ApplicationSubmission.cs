using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// Stores a checked application: deadline enforced at this very moment, a reference number from a counter, ID and
/// phone numbers and the CV only in encrypted form. A second application with the same ID number to the same call is
/// stored like any other and marked as a duplicate for the office: refusing it told anyone who typed a number that
/// its holder had applied.
/// </summary>
public sealed class ApplicationSubmission(
    ApplicationsDbContext db, PersonalDataProtector protector, CvStorage storage, TimeProvider time,
    ILogger<ApplicationSubmission> logger)
{
    public async Task<SubmissionOutcome> SubmitAsync(
        CallReference call, ValidApplication form, string language, byte[] cv, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now >= call.Deadline)
        {
            return SubmissionOutcome.Closed;
        }
        var idHash = protector.Hash(form.IdNumber);

        var token = StatusLinkToken.Create();
        var utcNow = now.UtcDateTime;
        var application = new SubmittedApplication
        {
            ReferenceNumber = "",
            CallItemId = call.ItemId,
            CallKey = call.Key,
            CallDeadline = call.Deadline.UtcDateTime,
            Language = language,
            FullName = form.FullName,
            IdDocumentType = form.IdDocumentType,
            IdNumberEncrypted = protector.Protect(form.IdNumber),
            IdNumberHash = idHash,
            IdNumberMasked = PersonalDataMask.Identifier(form.IdNumber),
            DateOfBirth = form.DateOfBirth,
            Email = form.Email,
            PhoneRegion = form.PhoneRegion,
            PhoneEncrypted = protector.Protect(ApplicantPhone.International(form.PhoneRegion, form.PhoneNational)),
            PhoneMasked = ApplicantPhone.Mask(form.PhoneRegion, form.PhoneNational),
            School = form.School,
            Major = form.Major,
            YearOfStudy = form.YearOfStudy,
            PreferredHost = form.PreferredHost,
            Statement = form.Statement,
            GuardianName = form.GuardianName,
            CvLength = cv.Length,
            PersonalInformationConsentAt = utcNow,
            SensitiveInformationConsentAt = utcNow,
            GuardianConsentAt = form.IsMinor ? utcNow : null,
            StatusTokenEncrypted = protector.Protect(token),
            Status = ApplicationStatus.Submitted,
            SubmittedAt = utcNow,
            Steps = [new StatusStep { Status = ApplicationStatus.Submitted, At = utcNow }],
        };

        var cvPath = storage.CvPath(application.Id);
        EarlierApplication? earlier;
        Directory.CreateDirectory(storage.CvDirectory);
        await File.WriteAllBytesAsync(cvPath, protector.Protect(cv), cancellationToken);
        try
        {
            // One submission at a time: the counter is read and raised, and duplicates found, by one writer at a time.
            await using var transaction = await db.Database.BeginSerialisedWriteAsync("applications", cancellationToken);
            // Inside the write transaction, so that of two simultaneous submissions the second sees the first.
            earlier = await db.Applications.AsNoTracking()
                .Where(a => a.CallItemId == call.ItemId && a.IdNumberHash == idHash && a.DuplicateOf == null).OrderBy(a => a.SubmittedAt)
                .Select(a => new EarlierApplication(a.ReferenceNumber, a.Email)).FirstOrDefaultAsync(cancellationToken);
            application.DuplicateOf = earlier?.ReferenceNumber;
            application.ReferenceNumber = await NextReferenceAsync(call, now, cancellationToken);
            db.Applications.Add(application);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            File.Delete(cvPath);
            throw;
        }
        if (earlier is not null)
        {
            logger.LogInformation("Application {Reference} to {Call} stored as a duplicate of {Earlier}.", application.ReferenceNumber, call.Key, earlier.ReferenceNumber);
        }
        else
        {
            logger.LogInformation("Application {Reference} to {Call} stored.", application.ReferenceNumber, call.Key);
        }
        var sameEmail = earlier is not null && string.Equals(earlier.Email, application.Email, StringComparison.OrdinalIgnoreCase);
        return new SubmissionOutcome(SubmissionResult.Accepted, application, token, sameEmail);
    }

    private async Task<string> NextReferenceAsync(CallReference call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = ReferenceNumber.Prefix(SiteClock.ToChina(now.UtcDateTime).Year, call.Kind);
        return await ReferenceCounter.NextReferenceAsync(db.ReferenceCounters, prefix, cancellationToken);
    }

    private sealed record EarlierApplication(string ReferenceNumber, string Email);
}
