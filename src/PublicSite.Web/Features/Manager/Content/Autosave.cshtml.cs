using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// Where the editor's script posts the form every 30 s while it changes (antiforgery checked as for any form): the
/// typed inputs are kept as the editor's one autosave revision of the variant. Nothing public, pending or versioned
/// changes. Discard drops it when the editor declines to restore it.
/// </summary>
public sealed class AutosaveModel(CmsDbContext db, DraftAutosave autosave, EditorContext who) : PageModel
{
    /// <summary>Bounds a working copy: far above any real form, far below what would let a script fill the disk.</summary>
    public const int MaxSnapshotChars = 1_000_000;

    [BindProperty(SupportsGet = true)]
    public Guid Variant { get; set; }

    public IActionResult OnGet() => Redirect("/manager");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var variant = await db.Variants.AsNoTracking().SingleOrDefaultAsync(v => v.Id == Variant, cancellationToken);
        if (variant is null)
        {
            return NotFound();
        }
        if (variant.State == VariantState.Rejected)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }
        var snapshot = AutosaveSnapshot.FromForm(Request.Form);
        if (snapshot.Length > MaxSnapshotChars)
        {
            return StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        await autosave.SaveAsync(variant.Id, who.Name, snapshot, cancellationToken);
        return StatusCode(StatusCodes.Status204NoContent);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        var variant = await db.Variants.AsNoTracking().SingleOrDefaultAsync(v => v.Id == Variant, cancellationToken);
        if (variant is null)
        {
            return NotFound();
        }
        await autosave.DiscardAsync(variant.Id, who.Name, cancellationToken);
        var language = SiteLanguage.FromCulture(variant.Language)!;
        return Redirect($"/manager/content/edit?item={variant.ItemId}&lang={language.Code}&done=AutosaveDiscarded");
    }
}

/// <summary>
/// An autosave revision's snapshot: the revision fields the history uses (title, summary, body, slug) plus every
/// typed input by name, so restoring gives the form back exactly as it was, fields that would not yet validate included.
/// </summary>
public static class AutosaveSnapshot
{
    public static string FromForm(IFormCollection form)
    {
        var inputs = form.Keys
            .Where(k => k.StartsWith("f.", StringComparison.Ordinal) || k is "body" or "note")
            .ToDictionary(k => k, k => form[k].ToString(), StringComparer.Ordinal);
        return JsonSerializer.Serialize(new
        {
            Title = inputs.GetValueOrDefault("f.title", ""), Summary = inputs.GetValueOrDefault("f.summary"), Body = inputs.GetValueOrDefault("body", ""),
            Slug = inputs.GetValueOrDefault("f.slug"), State = RevisionKinds.Autosave, Inputs = inputs,
        }, PublicSite.Cms.Content.ContentFields.Json);
    }

    /// <summary>The typed inputs, read back as a form would be.</summary>
    public static Func<string, Microsoft.Extensions.Primitives.StringValues> Inputs(string snapshot)
    {
        var inputs = JsonDocument.Parse(snapshot).RootElement.TryGetProperty("inputs", out var element)
            ? element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal)
            : [];
        return name => inputs.TryGetValue(name, out var value) ? value : default;
    }
}
