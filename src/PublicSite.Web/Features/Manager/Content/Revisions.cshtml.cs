using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>Every saved state of a variant: who, when, why; two compared field by field; one restored as a new draft.</summary>
public sealed class RevisionsModel(CmsDbContext db, EditorialService workflow, AuditTrail audit, EditorContext who) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Variant { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? B { get; set; }

    public ContentVariant? Current { get; private set; }

    public IReadOnlyList<ContentRevision> Revisions { get; private set; } = [];

    /// <summary>The compared fields: name, value in A, value in B (only those that differ).</summary>
    public IReadOnlyList<(string Field, string Before, string After)> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await db.Variants.AsNoTracking().SingleOrDefaultAsync(v => v.Id == Variant, cancellationToken);
        if (Current is null)
        {
            return NotFound();
        }
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.VariantId == Variant).OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        var a = Revisions.FirstOrDefault(r => r.Number == A);
        var b = Revisions.FirstOrDefault(r => r.Number == B);
        if (a is not null && b is not null)
        {
            var before = RevisionSnapshot.Parse(a.Snapshot).Values();
            var after = RevisionSnapshot.Parse(b.Snapshot).Values();
            Differences = before.Keys.Union(after.Keys)
                .Select(k => (k, before.GetValueOrDefault(k, ""), after.GetValueOrDefault(k, "")))
                .Where(d => d.Item2 != d.Item3)
                .ToList();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync([FromForm] long? revision, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || revision is null)
        {
            return BadRequest();
        }
        ContentVariant restored;
        try
        {
            restored = await workflow.RestoreRevisionAsync(revision.Value, who.Name, cancellationToken);
        }
        catch (KeyNotFoundException)
        {
            return NotFound();
        }
        await audit.RecordAsync(who.Name, AuditActions.RestoreRevision, $"{restored.TypeKey}:{restored.ItemId}:{restored.Language}", $"revision {revision}", who.IpAddress, cancellationToken);
        var language = SiteLanguage.FromCulture(restored.Language)!;
        return Redirect($"/manager/content/edit?item={restored.ItemId}&lang={language.Code}&done=RevisionRestored");
    }
}
