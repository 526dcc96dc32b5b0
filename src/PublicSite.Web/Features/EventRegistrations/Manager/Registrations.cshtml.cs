using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content.Types;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.BusinessEnquiries.Manager;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.EventRegistrations.Manager;

/// <summary>
/// One event's registrations (confirmed first, then the waiting list, each in the order they came), the CSV export and
/// a message to every registrant. Exports and messages are audited; Razor Pages checks the antiforgery token of each post.
/// </summary>
[Authorize(Policy = EditorRoles.CanEdit)]
public sealed class RegistrationsModel(
    EventRegistrationsDbContext db, EventTitles titles, RegistrationDesk desk, PersonalDataProtector protector, RegistrationMail mail,
    AuditTrail audit, EditorContext editor, IStringLocalizer<EventRegistrationsText> text, TimeProvider time) : PageModel
{
    public const int MaxMessage = 4000;

    public string Key { get; private set; } = "";

    public string Title { get; private set; } = "";

    public BusinessEvent Details { get; private set; } = new();

    public IReadOnlyList<RegistrationRow> Rows { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken) =>
        await LoadAsync(key, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(string key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }
        await audit.RecordAsync(editor.Name, AuditActions.Export, "events/" + key,
            string.Create(CultureInfo.InvariantCulture, $"CSV, {Rows.Count} rows"), editor.IpAddress, cancellationToken);
        var csv = RegistrationsCsv.Write(Rows, k => text[k]);
        Response.Headers.CacheControl = "no-store";
        return File(csv, "text/csv; charset=utf-8", $"registrations-{key}-{time.GetUtcNow():yyyyMMdd-HHmm}.csv");
    }

    public async Task<IActionResult> OnPostMessageAsync(string key, [FromForm] string? message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }
        message = message?.Trim();
        if (string.IsNullOrEmpty(message) || message.Length > MaxMessage)
        {
            Message = "MessageRefused";
            return RedirectToPage(new { key });
        }
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventKey == key).ToListAsync(cancellationToken);
        foreach (var registration in registrations)
        {
            // Each registrant reads the event's title in the language they registered in.
            var title = (await titles.TitleAsync(key, registration.Language, cancellationToken)) ?? Title;
            await mail.SendMessageAsync(registration, protector.Unprotect(registration.ContactNameEncrypted), protector.Unprotect(registration.EmailEncrypted),
                title, message, cancellationToken);
        }
        await audit.RecordAsync(editor.Name, AuditActions.EventMessage, "events/" + key,
            string.Create(CultureInfo.InvariantCulture, $"{registrations.Count} recipients"), editor.IpAddress, cancellationToken);
        Message = "MessageSent";
        return RedirectToPage(new { key });
    }

    private async Task<bool> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var found = (await titles.AllAsync(PathLanguage.Current.Culture, cancellationToken)).FirstOrDefault(e => e.Key == key);
        if (found.Key is null)
        {
            return false;
        }
        (Key, Title, Details) = found;
        var registrations = await db.Registrations.AsNoTracking().Where(r => r.EventKey == key).ToListAsync(cancellationToken);
        Rows = registrations
            .OrderBy(r => r.Status).ThenBy(r => r.RegisteredUtc)
            .Select(r => new RegistrationRow(
                r.ReferenceNumber, r.Status, r.RegisteredUtc, r.Company, r.Country, protector.Unprotect(r.ContactNameEncrypted),
                protector.Unprotect(r.EmailEncrypted), r.EmailMasked, r.PhoneEncrypted is { } phone ? PersonalDataMask.PhoneLastThree(protector.Unprotect(phone)) : null,
                desk.ParticipantsOf(r), r.Interests.Split('\n', StringSplitOptions.RemoveEmptyEntries), r.Language))
            .ToList();
        return true;
    }
}
