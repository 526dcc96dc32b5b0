using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Applications.Manager;

/// <summary>A reviewer moves an application to its next status with a note: the step is recorded, audited and emailed to the applicant.</summary>
public sealed class ApplicationReview(
    ApplicationsDbContext db, PersonalDataProtector protector, ApplicantMail mail, CallTitles titles,
    AuditTrail audit, EditorContext editor, TimeProvider time)
{
    public async Task<bool> ChangeStatusAsync(
        string reference, ApplicationStatus status, string? note, string origin, CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.ReferenceNumber == reference, cancellationToken);
        if (application is null || !ApplicationStatusFlow.CanMove(application.Status, status))
        {
            return false;
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > ApplicationLimits.Note)
        {
            note = note[..ApplicationLimits.Note];
        }
        application.Status = status;
        db.StatusSteps.Add(new StatusStep
        {
            ApplicationId = application.Id, Status = status, At = time.GetUtcNow().UtcDateTime, Note = note, ChangedBy = editor.Name,
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(editor.Name, AuditActions.ApplicationStatus, reference, status.ToString(), editor.IpAddress, cancellationToken);

        var token = protector.Unprotect(application.StatusTokenEncrypted);
        var title = await titles.TitleAsync(application.CallItemId, application.Language, cancellationToken);
        await mail.SendStatusChangeAsync(application, title, ApplicantMail.StatusUrl(origin, application, token), note, cancellationToken);
        return true;
    }
}
