using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>Content of one type and language: text filter, status filter (pending changes and deleted items too), paging.</summary>
public sealed class IndexModel(CmsDbContext db, ContentTypeRegistry types) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string Type { get; set; } = "disclosure";

    [BindProperty(SupportsGet = true)]
    public string Lang { get; set; } = "zh";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyCollection<ContentTypeDescriptor> Types => types.All;

    public PagedList<ContentRow> Rows { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var type = types.Find(Type) ?? types.All.First();
        Type = type.Key;
        var culture = (SiteLanguage.FromCode(Lang) ?? SiteLanguage.Chinese).Culture;
        var items = db.Items.AsNoTracking().Where(i => i.TypeKey == type.Key);
        items = Status == "deleted" ? items.Where(i => i.DeletedAt != null) : items.Where(i => i.DeletedAt == null);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            // Lower-cased on both sides: SQLite's LIKE ignores case, PostgreSQL's does not.
            var pattern = "%" + Q.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(), where no .NET culture applies.
            items = items.Where(i => i.Variants.Any(v => EF.Functions.Like(v.Title.ToLower(), pattern)) || EF.Functions.Like((i.IndexNumber ?? "").ToLower(), pattern));
#pragma warning restore CA1304, CA1311
        }
        var rows = items.Select(i => new
        {
            Item = i,
            Variant = i.Variants.FirstOrDefault(v => v.Language == culture),
            Source = i.Variants.FirstOrDefault(v => v.Language == "zh-CN"),
        });
        rows = Status switch
        {
            "draft" => rows.Where(r => r.Variant != null && r.Variant.State == VariantState.Draft),
            "in-review" => rows.Where(r => r.Variant != null && (r.Variant.State == VariantState.InReview || r.Variant.PendingState == VariantState.InReview)),
            "published" => rows.Where(r => r.Variant != null && r.Variant.State == VariantState.Published),
            "pending" => rows.Where(r => r.Variant != null && (r.Variant.PendingEdit != null || r.Variant.PendingSharedFields != null)),
            "withdrawn" => rows.Where(r => r.Variant != null && r.Variant.State == VariantState.Withdrawn),
            "untranslated" => rows.Where(r => r.Variant == null),
            _ => rows,
        };
        var total = await rows.CountAsync(cancellationToken);
        var page = Math.Clamp(PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var list = await rows.OrderByDescending(r => r.Item.UpdatedAt).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new ContentRow(
                r.Item.Id, r.Item.Key, r.Variant != null ? r.Variant.Title : r.Source != null ? r.Source.Title : r.Item.Key,
                r.Variant != null ? r.Variant.State : null, r.Variant != null ? r.Variant.PendingState : null,
                r.Variant != null ? r.Variant.PublishAt : null, r.Variant != null ? r.Variant.ExpireAt : null, r.Item.UpdatedAt, r.Item.IndexNumber, r.Item.DeletedAt != null,
                r.Variant != null && r.Variant.ReturnComment != null))
            .ToListAsync(cancellationToken);
        Rows = new PagedList<ContentRow>(list, page, PageSize, total);
    }
}

public sealed record ContentRow(
    Guid ItemId, string Key, string Title, VariantState? State, VariantState? PendingState, DateTime? PublishAt, DateTime? ExpireAt, DateTime UpdatedAt, string? IndexNumber, bool Deleted, bool Returned);
