using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Manager.Audit;

/// <summary>The audit log, newest first, filterable by action and by who acted.</summary>
public sealed class IndexModel(AuditTrail audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "actor")]
    public string? ActorFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditEntry> Entries { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = audit.Entries;
        if (!string.IsNullOrWhiteSpace(ActionFilter))
        {
            query = query.Where(e => e.Action == ActionFilter);
        }
        if (!string.IsNullOrWhiteSpace(ActorFilter))
        {
            var pattern = "%" + ActorFilter.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(), where no .NET culture applies.
            query = query.Where(e => EF.Functions.Like(e.Actor.ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await query.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        Entries = new PagedList<AuditEntry>(items, page, PageSize, total);
    }
}
