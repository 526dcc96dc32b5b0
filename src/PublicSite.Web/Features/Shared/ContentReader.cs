using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Shared;

/// <summary>Reads published content for the public pages; nothing unpublished, scheduled or expired gets past it.</summary>
public sealed class ContentReader(CmsDbContext db, TimeProvider time, IAuthorizationService authorization)
{
    /// <summary>
    /// A signed-in editor's preview (<c>?preview={variantId}</c>) of a draft or pending change, rendered by the public
    /// page exactly as it will look; null for everyone else, who only ever sees published content.
    /// </summary>
    public async Task<ContentLookup?> FindPreviewAsync(ContentTypeDescriptor type, HttpContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(context.Request.Query["preview"], out var variantId)
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
        if (PendingEdit.FromJson(variant.PendingEdit) is { } pending)
        {
            variant.Title = pending.Title;
            variant.Summary = pending.Summary;
            variant.Body = pending.Body;
            variant.Fields = pending.LocalizedFields;
            variant.Item.SharedFields = pending.SharedFields;
        }
        return new ContentLookup(ContentLookupOutcome.Found, variant,
            new Dictionary<SiteLanguage, string> { [SiteLanguage.FromCulture(variant.Language)!] = variant.Slug });
    }

    public DateTime UtcNow { get; } = time.GetUtcNow().UtcDateTime;

    private IQueryable<ContentVariant> Visible => db.Variants.AsNoTracking().VisibleAt(UtcNow);

    public async Task<ContentLookup> FindAsync(ContentTypeDescriptor type, SiteLanguage language, string slug, CancellationToken cancellationToken)
    {
        var variant = await Visible.Include(v => v.Item)
            .SingleOrDefaultAsync(v => v.TypeKey == type.Key && v.Language == language.Culture && v.Slug == slug, cancellationToken);
        if (variant is not null)
        {
            var translations = await Visible.Where(v => v.ItemId == variant.ItemId)
                .Select(v => new { v.Language, v.Slug })
                .ToListAsync(cancellationToken);
            return new ContentLookup(ContentLookupOutcome.Found, variant,
                translations.ToDictionary(t => SiteLanguage.FromCulture(t.Language)!, t => t.Slug));
        }

        var moved = await db.SlugRedirects
            .Where(r => r.TypeKey == type.Key && r.Language == language.Culture && r.Slug == slug)
            .Join(Visible, r => r.VariantId, v => v.Id, (r, v) => v.Slug)
            .FirstOrDefaultAsync(cancellationToken);
        if (moved is not null)
        {
            return ContentLookup.Moved(moved);
        }

        // The language switcher links to the same slug in the other language when a page has no translation.
        var other = await Visible
            .Where(v => v.TypeKey == type.Key && v.Language == language.Other.Culture && v.Slug == slug)
            .Select(v => new { v.ItemId, v.Slug, v.Title, v.Item.SharedFields })
            .FirstOrDefaultAsync(cancellationToken);
        if (other is null)
        {
            return ContentLookup.NotFound;
        }
        var own = await Visible.Where(v => v.ItemId == other.ItemId && v.Language == language.Culture)
            .Select(v => v.Slug).FirstOrDefaultAsync(cancellationToken);
        return own is not null
            ? ContentLookup.Moved(own)
            : ContentLookup.OnlyInOtherLanguage(other.Slug, other.Title, PortugueseCatalogue(type, language, other.SharedFields));
    }

    /// <summary>The Portuguese title and summary of a Chinese-only item, for a Portuguese reader; null when none was written.</summary>
    public static IPortugueseCatalogueText? PortugueseCatalogue(ContentTypeDescriptor type, SiteLanguage reader, string sharedFields) =>
        reader == SiteLanguage.Portuguese
            && ContentFields.Read(type.ClrType, sharedFields, "{}") is IPortugueseCatalogueText { PortugueseTitle.Length: > 0 } catalogue
            ? catalogue
            : null;

    public async Task<PagedList<ContentSummary>> ListAsync(
        ContentTypeDescriptor type, SiteLanguage language, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = Visible.Where(v => v.TypeKey == type.Key && v.Language == language.Culture);
        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var items = await Summaries(query, type).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<ContentSummary>(items, page, pageSize, total);
    }

    public Task<List<ContentSummary>> LatestAsync(ContentTypeDescriptor type, SiteLanguage language, int count, CancellationToken cancellationToken) =>
        Summaries(Visible.Where(v => v.TypeKey == type.Key && v.Language == language.Culture), type)
            .Take(count).ToListAsync(cancellationToken);

    private static IQueryable<ContentSummary> Summaries(IQueryable<ContentVariant> query, ContentTypeDescriptor type) =>
        query.OrderByDescending(v => v.Item.ListDate).ThenByDescending(v => v.PublishAt)
            .Select(v => new ContentSummary(
                v.ItemId, v.Item.Key, type.Section, v.Slug, v.Title, v.Summary, v.Item.ListDate, v.Item.IndexNumber, v.Item.SharedFields));
}
