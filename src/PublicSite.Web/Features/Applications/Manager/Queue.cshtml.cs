using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Applications.Manager;

/// <summary>The applications to one call, filtered by status and searched by name or reference; exported as CSV.</summary>
[Authorize(Policy = EditorRoles.CanPublish)]
public sealed class QueueModel(
    ApplicationsDbContext db, CallTitles titles, AuditTrail audit, EditorContext editor, IStringLocalizer<ApplicationsText> text,
    TimeProvider time) : PageModel
{
    private Guid _callItemId;

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public string CallKey { get; private set; } = "";

    public string CallTitle { get; private set; } = "";

    public IReadOnlyList<SubmittedApplication> Applications { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string call, CancellationToken cancellationToken)
    {
        if (await LoadAsync(call, cancellationToken) is { } notFound)
        {
            return notFound;
        }
        Applications = await Filtered().OrderByDescending(a => a.SubmittedAt).Take(500).ToListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string call, CancellationToken cancellationToken)
    {
        if (await LoadAsync(call, cancellationToken) is { } notFound)
        {
            return notFound;
        }
        var rows = await Filtered().OrderBy(a => a.SubmittedAt).ToListAsync(cancellationToken);
        // Who exported how many applicants' records, never the search text (it may be a name).
        await audit.RecordAsync(editor.Name, AuditActions.Export, "applications/" + call,
            string.Create(CultureInfo.InvariantCulture, $"CSV, {rows.Count} rows; status={Status}; search={!string.IsNullOrEmpty(Query)}"), editor.IpAddress, cancellationToken);
        var csv = ApplicationsCsv.Write(rows, key => text[key]);
        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        Response.Headers.CacheControl = "no-store";
        return File(csv, "text/csv; charset=utf-8", $"applications-{call}-{stamp}.csv");
    }

    private async Task<IActionResult?> LoadAsync(string call, CancellationToken cancellationToken)
    {
        var found = await titles.FindByKeyAsync(call, PathLanguage.Current.Culture, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }
        CallKey = call;
        CallTitle = found.Value.Title;
        _callItemId = found.Value.ItemId;
        return null;
    }

    private IQueryable<SubmittedApplication> Filtered()
    {
        var query = db.Applications.AsNoTracking().Where(a => a.CallItemId == _callItemId);
        if (Enum.TryParse<ApplicationStatus>(Status, out var status) && Enum.IsDefined(status))
        {
            query = query.Where(a => a.Status == status);
        }
        var q = Query?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
            var pattern = "%" + q.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            var reference = q.ToUpperInvariant();
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(), where no .NET culture applies.
            query = query.Where(a => EF.Functions.Like(a.FullName.ToLower(), pattern, "\\") || a.ReferenceNumber.Contains(reference));
#pragma warning restore CA1304, CA1311
        }
        return query;
    }
}
