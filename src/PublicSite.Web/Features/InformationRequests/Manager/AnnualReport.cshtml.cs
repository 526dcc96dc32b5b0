using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Features.InformationRequests.Manager;

/// <summary>Administrators draft a year's annual report from the data; editors then complete it in the content editor.</summary>
[Authorize(Policy = EditorRoles.CanAdminister)]
public sealed class AnnualReportModel(
    AnnualReportDraft drafts, AuditTrail audit, EditorContext editor, TimeProvider time, IStringLocalizer<InformationRequestsText> text) : PageModel
{
    public int Year { get; private set; }

    public string? Error { get; private set; }

    public void OnGet() => Year = SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime).Year - 1;

    public async Task<IActionResult> OnPostAsync([FromForm] string? year, CancellationToken cancellationToken)
    {
        var thisYear = SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime).Year;
        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
            || parsed < 2019 || parsed > thisYear)
        {
            OnGet();
            Error = text["AnnualReportYearInvalid", thisYear];
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var (draft, _) = await drafts.CreateAsync(parsed, editor.Name, cancellationToken);
        await audit.RecordAsync(editor.Name, AuditActions.Save, draft.ItemId.ToString(), "annual report draft " + parsed, editor.IpAddress, cancellationToken);
        return Redirect($"/manager/content/edit?item={draft.ItemId}&lang=zh");
    }
}
