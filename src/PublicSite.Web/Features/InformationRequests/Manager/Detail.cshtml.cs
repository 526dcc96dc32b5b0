using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.InformationRequests.Manager;

/// <summary>
/// One request in the office: its data (masked; shown in full on an audited action), its clock and history, and
/// its handling — a decision or the extension, each with a letter prefilled in the applicant's language.
/// </summary>
[Authorize(Policy = EditorRoles.CanPublish)]
public sealed class DetailModel(
    InformationRequestsDbContext db, RequestHandling handling, ReplyLetters letters, PersonalDataProtector protector,
    WorkingDayCalendar calendar, TimeProvider time, AuditTrail audit, EditorContext editor, IStringLocalizer<InformationRequestsText> text) : PageModel
{
    public InformationRequest Filed { get; private set; } = null!;

    public DateOnly? Due { get; private set; }

    public int? DaysLeft { get; private set; }

    public bool IsOverdue { get; private set; }

    /// <summary>The decision whose letter is being written; null with <see cref="Extending"/> for the extension notice.</summary>
    public RequestDecision? Chosen { get; private set; }

    public DecisionGround? ChosenGround { get; private set; }

    public bool Extending { get; private set; }

    public string? Note { get; private set; }

    public string? Letter { get; private set; }

    public (string Identifier, string Address, string Phone)? Revealed { get; private set; }

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public bool Composing => Chosen is not null || Extending;

    public async Task<IActionResult> OnGetAsync(
        string reference, [FromQuery] string? decision, [FromQuery] string? ground, [FromQuery] string? note, [FromQuery] bool extend, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        if (decision is null && !extend)
        {
            return Page();
        }
        // Preparing a letter checks what the decision needs first, so the letter starts from the right template.
        var (parsed, parsedGround) = Parse(decision, ground);
        Note = Clean(note);
        var check = extend ? (Note is null ? HandlingResult.ReasonRequired : HandlingResult.Done) : Precheck(parsed, parsedGround);
        if (check != HandlingResult.Done)
        {
            return Refuse(check);
        }
        Chosen = parsed;
        ChosenGround = parsedGround;
        Extending = extend;
        Letter = letters.Draft(Filed, Chosen, ChosenGround, Note);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(
        string reference, [FromForm] string? decision, [FromForm] string? ground, [FromForm] string? note, [FromForm] string? letter, CancellationToken cancellationToken)
    {
        var (parsed, parsedGround) = Parse(decision, ground);
        var result = parsed is { } chosen
            ? await handling.DecideAsync(reference, chosen, parsedGround, note, letter, PublicAddress.BaseUrl(HttpContext), cancellationToken)
            : HandlingResult.UnknownDecision;
        return await AfterAsync(reference, result, () => { Chosen = parsed; ChosenGround = parsedGround; Note = note; Letter = letter; }, cancellationToken);
    }

    public async Task<IActionResult> OnPostExtendAsync(string reference, [FromForm] string? note, [FromForm] string? letter, CancellationToken cancellationToken)
    {
        var result = await handling.ExtendAsync(reference, note, letter, PublicAddress.BaseUrl(HttpContext), cancellationToken);
        return await AfterAsync(reference, result, () => { Extending = true; Note = note; Letter = letter; }, cancellationToken);
    }

    /// <summary>The ID number or credit code, address and phone in clear, for this one page view; the log says who looked.</summary>
    public async Task<IActionResult> OnPostRevealAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken) || Filed.PurgedAt is not null)
        {
            return NotFound();
        }
        await audit.RecordAsync(editor.Name, AuditActions.PersonalDataViewed, reference, null, editor.IpAddress, cancellationToken);
        Revealed = (protector.Unprotect(Filed.IdentifierEncrypted), protector.Unprotect(Filed.AddressEncrypted), protector.Unprotect(Filed.PhoneEncrypted));
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnGetLetterAsync(string reference, [FromQuery] Guid id, CancellationToken cancellationToken)
    {
        var letter = await db.Letters.AsNoTracking()
            .Where(l => l.Id == id && db.Requests.Any(r => r.Id == l.RequestId && r.ReferenceNumber == reference))
            .SingleOrDefaultAsync(cancellationToken);
        if (letter is null)
        {
            return NotFound();
        }
        // A letter names the applicant: taking it out of the manager is an export of personal data.
        await audit.RecordAsync(editor.Name, AuditActions.Export, reference, "letter " + id, editor.IpAddress, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return File(protector.Unprotect(letter.PdfEncrypted), "application/pdf", $"{reference}-{letter.At:yyyyMMddHHmm}.pdf");
    }

    private async Task<IActionResult> AfterAsync(string reference, HandlingResult result, Action keep, CancellationToken cancellationToken)
    {
        if (result == HandlingResult.Done)
        {
            Message = "Handling_Done";
            return RedirectToPage(new { reference });
        }
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }
        keep();
        return Refuse(result);
    }

    private PageResult Refuse(HandlingResult result)
    {
        Error = text["Handling_" + result];
        Response.StatusCode = result == HandlingResult.AlreadyDecided || result == HandlingResult.AlreadyExtended || result == HandlingResult.CorrectionAlreadyAsked
            ? StatusCodes.Status409Conflict
            : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private HandlingResult Precheck(RequestDecision? decision, DecisionGround? ground) => decision switch
    {
        null => HandlingResult.UnknownDecision,
        { } d when DecisionRules.GroundsFor(d) is { Count: > 0 } grounds && (ground is not { } g || !grounds.Contains(g)) => HandlingResult.GroundRequired,
        { } d when DecisionRules.NeedsNote(d) && Note is null => HandlingResult.NoteRequired,
        _ => HandlingResult.Done,
    };

    private static (RequestDecision?, DecisionGround?) Parse(string? decision, string? ground) =>
        (Enum.TryParse<RequestDecision>(decision, out var d) && Enum.IsDefined(d) ? d : null,
         Enum.TryParse<DecisionGround>(ground, out var g) && Enum.IsDefined(g) ? g : null);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().Include(r => r.Steps).Include(r => r.Letters)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.ReferenceNumber == reference, cancellationToken);
        if (request is null)
        {
            return false;
        }
        Filed = request;
        var clock = request.Clock;
        if (!request.IsDecided)
        {
            Due = clock.Due(calendar);
            DaysLeft = clock.WorkingDaysLeft(calendar, time);
            IsOverdue = clock.IsOverdue(calendar, time);
        }
        return true;
    }
}
