using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Reading;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// A signed-in editor's preview (<c>?preview={variantId}</c>) of a draft or pending change, rendered by the public
/// page exactly as it will look. It reads unpublished text, so it lives beside the manager's rights, not in
/// <see cref="PublishedContent"/>, and its pages are never cached.
/// </summary>
public sealed class ContentPreview(CmsDbContext db, IAuthorizationService authorization)
{
    public const string QueryKey = "preview";

    /// <summary>Null for everyone but an editor asking for a preview; everyone else only ever sees published content.</summary>
    public async Task<ContentLookup?> FindAsync(ContentTypeDescriptor type, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.Request.Query[QueryKey], out var variantId)
            || !(await authorization.AuthorizeAsync(context.User, Manager.Accounts.EditorRoles.CanEdit)).Succeeded)
        {
            return null;
        }
        var variant = await db.Variants.AsNoTracking().Include(v => v.Item)
            .SingleOrDefaultAsync(v => v.Id == variantId && v.TypeKey == type.Key, cancellationToken);
        if (variant is null)
        {
            return null;
        }
        // Not tracked: the proposal is laid over the loaded rows for this rendering only.
        variant.Item.SharedFields = SharedFieldProposal.ProposedBy(variant);
        if (PendingEdit.FromJson(variant.PendingEdit) is { } pending)
        {
            variant.Title = pending.Title;
            variant.Summary = pending.Summary;
            variant.Body = pending.Body;
            variant.Fields = pending.LocalizedFields;
        }
        return new ContentLookup(ContentLookupOutcome.Found, variant,
            new Dictionary<SiteLanguage, string> { [SiteLanguage.FromCulture(variant.Language)!] = variant.Slug });
    }
}
