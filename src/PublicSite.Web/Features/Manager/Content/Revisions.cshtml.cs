using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Manager.Content.Revisions;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>Every saved state of a variant: who, when, why; two compared as a document; one restored as a new draft.</summary>
public sealed class RevisionsModel(CmsDbContext db, EditorialService workflow, RevisionComparison comparison, AuditTrail audit, EditorContext who) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Variant { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? B { get; set; }

    public ContentVariant? Current { get; private set; }

    /// <summary>The history: saves, submissions, publications; autosaves are working copies, not history, and are left out.</summary>
    public IReadOnlyList<ContentRevision> Revisions { get; private set; } = [];

    /// <summary>The fields that differ between A and B, each with its label and its diff.</summary>
    public IReadOnlyList<ComparedField> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Current = await db.Variants.AsNoTracking().SingleOrDefaultAsync(v => v.Id == Variant, cancellationToken);
        if (Current is null)
        {
            return NotFound();
        }
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.VariantId == Variant && r.Kind == null)
            .OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        var a = Revisions.FirstOrDefault(r => r.Number == A);
        var b = Revisions.FirstOrDefault(r => r.Number == B);
        if (a is not null && b is not null)
        {
            Differences = await comparison.CompareAsync(Current.TypeKey, RevisionSnapshot.Parse(a.Snapshot), RevisionSnapshot.Parse(b.Snapshot), cancellationToken);
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
