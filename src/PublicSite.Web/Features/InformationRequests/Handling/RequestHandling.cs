using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// The office's steps on a request: a decision with its reply letter, the one extension, and the applicant's
/// correction. Each step goes into the request's history and the audit log; each letter is kept as a PDF and mailed.
/// </summary>
public sealed class RequestHandling(
    InformationRequestsDbContext db, PersonalDataProtector protector, ReplyLetters letters, LetterPdf pdf, RequestMail mail,
    AuditTrail audit, EditorContext editor, TimeProvider time)
{
    public async Task<HandlingResult> DecideAsync(
        string reference, RequestDecision decision, DecisionGround? ground, string? note, string? letter, string origin, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.ReferenceNumber == reference && r.PurgedAt == null, cancellationToken);
        note = Clean(note);
        letter = Clean(letter);
        var grounds = DecisionRules.GroundsFor(decision);
        var refusal = request switch
        {
            null => HandlingResult.NotFound,
            _ when !Enum.IsDefined(decision) => HandlingResult.UnknownDecision,
            { IsDecided: true } => HandlingResult.AlreadyDecided,
            // Art. 30: the correction is asked for once (一次性告知), all points together.
            _ when decision == RequestDecision.CorrectionNeeded && request.CorrectionAskedAt is not null => HandlingResult.CorrectionAlreadyAsked,
            _ when grounds.Count > 0 && (ground is not { } g || !grounds.Contains(g)) => HandlingResult.GroundRequired,
            _ when DecisionRules.NeedsNote(decision) && note is null => HandlingResult.NoteRequired,
            _ when letter is null => HandlingResult.LetterRequired,
            _ when letter.Length > RequestLimits.Note || note?.Length > RequestLimits.Note => HandlingResult.TooLong,
            _ => HandlingResult.Done,
        };
        if (refusal != HandlingResult.Done)
        {
            return refusal;
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (decision == RequestDecision.CorrectionNeeded)
        {
            request!.CorrectionAskedAt = now;
            request.CorrectionAsked = note;
        }
        else
        {
            request!.Decision = decision;
            request.Ground = grounds.Count > 0 ? ground : null;
            request.DecidedAt = now;
        }
        var kind = decision == RequestDecision.CorrectionNeeded ? RequestStepKind.CorrectionAsked : RequestStepKind.Decided;
        await SendAsync(request, kind, decision, note, letter!, origin, cancellationToken);
        await audit.RecordAsync(editor.Name, AuditActions.RequestDecision, reference,
            decision + (request.Ground is { } chosen ? " " + chosen : ""), editor.IpAddress, cancellationToken);
        return HandlingResult.Done;
    }

    /// <summary>The one extension of Art. 33 (20 more working days), with its reason told to the applicant.</summary>
    public async Task<HandlingResult> ExtendAsync(string reference, string? reason, string? letter, string origin, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleOrDefaultAsync(r => r.ReferenceNumber == reference && r.PurgedAt == null, cancellationToken);
        reason = Clean(reason);
        letter = Clean(letter);
        var refusal = request switch
        {
            null => HandlingResult.NotFound,
            { IsDecided: true } => HandlingResult.AlreadyDecided,
            { ExtendedAt: not null } => HandlingResult.AlreadyExtended,
            { Clock.IsStopped: true } => HandlingResult.ClockStopped,
            _ when reason is null => HandlingResult.ReasonRequired,
            _ when letter is null => HandlingResult.LetterRequired,
            _ when letter.Length > RequestLimits.Note || reason.Length > RequestLimits.Note => HandlingResult.TooLong,
            _ => HandlingResult.Done,
        };
        if (refusal != HandlingResult.Done)
        {
            return refusal;
        }
        request!.ExtendedAt = time.GetUtcNow().UtcDateTime;
        await SendAsync(request, RequestStepKind.Extended, null, reason, letter!, origin, cancellationToken);
        await audit.RecordAsync(editor.Name, AuditActions.RequestExtension, reference, reason, editor.IpAddress, cancellationToken);
        return HandlingResult.Done;
    }

    /// <summary>
    /// The applicant's correction, through their private status page. Art. 30: the reply period counts from the day
    /// the office receives the corrected request (答复期限自行政机关收到补正的申请之日起计算) — a new full period.
    /// </summary>
    public async Task<HandlingResult> CorrectAsync(InformationRequest request, string? correction, string? ipAddress, CancellationToken cancellationToken)
    {
        correction = Clean(correction);
        if (!request.AwaitsCorrection)
        {
            return HandlingResult.NoCorrectionAsked;
        }
        if (correction is null)
        {
            return HandlingResult.CorrectionRequired;
        }
        if (correction.Length > RequestLimits.Description)
        {
            return HandlingResult.TooLong;
        }
        var now = time.GetUtcNow().UtcDateTime;
        request.CorrectedAt = now;
        request.Correction = correction;
        db.Steps.Add(new RequestStep { RequestId = request.Id, Kind = RequestStepKind.Corrected, At = now });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActor.Applicant, AuditActions.RequestCorrection, request.ReferenceNumber, null, ipAddress, cancellationToken);
        return HandlingResult.Done;
    }

    private async Task SendAsync(
        InformationRequest request, RequestStepKind kind, RequestDecision? decision, string? note, string body, string origin, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var title = letters.Title(request, decision);
        var full = letters.Full(request, decision, body);
        var document = pdf.Render(title, full);
        var letter = new RequestLetter
        {
            RequestId = request.Id, Decision = decision, At = now, SentBy = editor.Name,
            BodyEncrypted = protector.Protect(full), PdfEncrypted = protector.Protect(document),
        };
        db.Letters.Add(letter);
        db.Steps.Add(new RequestStep { RequestId = request.Id, Kind = kind, At = now, ChangedBy = editor.Name, Note = note, Decision = decision, LetterId = letter.Id });
        await db.SaveChangesAsync(cancellationToken);
        var token = protector.Unprotect(request.StatusTokenEncrypted);
        var statusUrl = origin + RequestMail.StatusPath(ReplyLetters.LanguageOf(request), request.ReferenceNumber, token);
        await mail.SendLetterAsync(request, title, full, document, statusUrl, cancellationToken);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>How the audit log names someone who is not a manager user.</summary>
public static class AuditActor
{
    public const string Applicant = "applicant";
}
