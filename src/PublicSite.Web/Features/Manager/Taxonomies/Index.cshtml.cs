using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Taxonomy;
using PublicSite.Web.Features.Delivery;
using Vocabularies = PublicSite.Cms.Taxonomy.Taxonomies;

namespace PublicSite.Web.Features.Manager.Taxonomies;

/// <summary>
/// The controlled vocabularies for administrators: labels in both languages, organisation codes, catalogue order,
/// new terms, retiring and deleting. Every change is audited and empties the page cache, because labels show on
/// every page that uses the term.
/// </summary>
public sealed class IndexModel(TaxonomyService taxonomies, IOutputCacheStore cache, AuditTrail audit, EditorContext who) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Taxonomy { get; set; } = Vocabularies.Organisations;

    public IReadOnlyList<(TaxonomyTerm Term, int Uses)> Terms { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public bool HasCodes => Taxonomy == Vocabularies.Organisations;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Vocabularies.All.Contains(Taxonomy))
        {
            return NotFound();
        }
        Message = Request.Query["done"];
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id, string? nameZh, string? namePt, string? code, string? order, CancellationToken cancellationToken) =>
        ChangeAsync(async () =>
        {
            if (!int.TryParse(order, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sortOrder))
            {
                throw new TaxonomyException("TermOrderInvalid");
            }
            var before = (await taxonomies.ListAsync(Taxonomy, cancellationToken)).SingleOrDefault(t => t.Id == id);
            CheckCode(code, before?.Code);
            return await taxonomies.UpdateAsync(id, nameZh ?? "", namePt ?? "", HasCodes ? code : null, sortOrder, cancellationToken);
        }, "save", cancellationToken);

    public Task<IActionResult> OnPostAddAsync(string? key, string? nameZh, string? namePt, string? code, CancellationToken cancellationToken) =>
        ChangeAsync(() =>
        {
            CheckCode(code, null);
            return taxonomies.AddAsync(Taxonomy, key ?? "", nameZh ?? "", namePt ?? "", HasCodes ? code : null, cancellationToken);
        }, "add", cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(() => taxonomies.RetireAsync(id, true, cancellationToken), "retire", cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(() => taxonomies.RetireAsync(id, false, cancellationToken), "restore", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(() => taxonomies.DeleteAsync(id, cancellationToken), "delete", cancellationToken);

    /// <summary>
    /// A new or changed code must be a valid one; a code the seed brought and nobody touches is left alone, so
    /// labels can be fixed before the code is.
    /// </summary>
    private void CheckCode(string? code, string? current)
    {
        var typed = string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
        if (HasCodes && typed is not null && typed != current && !OrganisationCode.IsValid(typed))
        {
            throw new TaxonomyException("TermCodeInvalid");
        }
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<TaxonomyTerm>> change, string what, CancellationToken cancellationToken)
    {
        if (!Vocabularies.All.Contains(Taxonomy))
        {
            return NotFound();
        }
        try
        {
            var term = await change();
            await audit.RecordAsync(who.Name, AuditActions.TermChanged, $"{term.Taxonomy}:{term.Key}", $"{what}: {term.NameZh} / {term.NamePt}{(term.Code is null ? "" : " · " + term.Code)}", who.IpAddress, cancellationToken);
            await cache.EvictByTagAsync(PageCacheTags.All, cancellationToken);
            return Redirect($"/manager/taxonomies?taxonomy={Taxonomy}&done=TermSaved");
        }
        catch (TaxonomyException e)
        {
            Message = e.Reason;
            IsError = true;
            Response.StatusCode = e.Reason switch
            {
                "TermInUse" or "TermKeyTaken" => StatusCodes.Status409Conflict,
                "TermNotFound" => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var terms = await taxonomies.ListAsync(Taxonomy, cancellationToken);
        var list = new List<(TaxonomyTerm, int)>();
        foreach (var term in terms)
        {
            list.Add((term, await taxonomies.UsesAsync(term, cancellationToken)));
        }
        Terms = list;
    }
}
