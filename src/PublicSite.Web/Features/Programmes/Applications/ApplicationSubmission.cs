using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Programmes.Applications.Data;

namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>
/// Stores a checked application: deadline enforced at this very moment, one application per ID number and call,
/// a reference number from a counter, ID and phone numbers and the CV only in encrypted form.
/// </summary>
public sealed class ApplicationSubmission(
    ApplicationsDbContext db, PersonalDataProtector protector, ApplicationsStorage storage, TimeProvider time,
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
        if (await db.Applications.AnyAsync(a => a.CallItemId == call.ItemId && a.IdNumberHash == idHash, cancellationToken))
        {
            return SubmissionOutcome.Duplicate;
        }

        var token = Base64Url(RandomNumberGenerator.GetBytes(24));
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
            IdNumberMasked = ApplicantIdentity.Mask(form.IdNumber),
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
        Directory.CreateDirectory(storage.CvDirectory);
        await File.WriteAllBytesAsync(cvPath, protector.Protect(cv), cancellationToken);
        try
        {
            // Microsoft.Data.Sqlite begins transactions IMMEDIATE: the counter is read and raised by one writer at a time.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            application.ReferenceNumber = await NextReferenceAsync(call, now, cancellationToken);
            db.Applications.Add(application);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            File.Delete(cvPath);
            // The unique index (call, ID hash) caught a second application submitted at the same moment.
            if (await db.Applications.AsNoTracking().AnyAsync(a => a.CallItemId == call.ItemId && a.IdNumberHash == idHash, cancellationToken))
            {
                logger.LogInformation(e, "A simultaneous second application to {Call} was refused.", call.Key);
                return SubmissionOutcome.Duplicate;
            }
            throw;
        }
        catch
        {
            File.Delete(cvPath);
            throw;
        }
        logger.LogInformation("Application {Reference} to {Call} stored.", application.ReferenceNumber, call.Key);
        return new SubmissionOutcome(SubmissionResult.Accepted, application, token);
    }

    private async Task<string> NextReferenceAsync(CallReference call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = ReferenceNumber.Prefix(SiteClock.ToChina(now.UtcDateTime).Year, call.Kind);
        var counter = await db.ReferenceCounters.SingleOrDefaultAsync(c => c.Prefix == prefix, cancellationToken);
        if (counter is null)
        {
            counter = new ReferenceCounter { Prefix = prefix };
            db.ReferenceCounters.Add(counter);
        }
        counter.Last++;
        return ReferenceNumber.Format(prefix, counter.Last);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
