using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.Applications.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Applications.Manager;

/// <summary>Every call with its applications counted by status, the purged ones included as anonymous counts.</summary>
[Authorize(Policy = EditorRoles.CanPublish)]
public sealed class IndexModel(CmsDbContext cms, ApplicationsDbContext db, ContentTypeRegistry types) : PageModel
{
    public IReadOnlyList<CallCounts> Calls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var type = types.Get<ProgrammeCall>();
        var calls = await cms.Items.AsNoTracking().Where(i => i.TypeKey == type.Key && i.DeletedAt == null)
            .Select(i => new { i.Id, i.Key, i.SharedFields, Titles = i.Variants.Select(v => new { v.Language, v.Title }).ToList() })
            .ToListAsync(cancellationToken);
        var live = await db.Applications.GroupBy(a => new { a.CallItemId, a.Status })
            .Select(g => new { g.Key.CallItemId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        var purged = await db.Tallies.AsNoTracking().ToListAsync(cancellationToken);
        Calls = calls
            .Select(c => new CallCounts(
                c.Key,
                (c.Titles.FirstOrDefault(t => t.Language == PathLanguage.Current.Culture) ?? c.Titles.FirstOrDefault())?.Title ?? c.Key,
                ContentFields.Read<ProgrammeCall>(c.SharedFields, null).Deadline,
                live.Where(l => l.CallItemId == c.Id).ToDictionary(l => l.Status, l => l.Count),
                purged.Where(p => p.CallItemId == c.Id).Sum(p => p.Count)))
            .OrderByDescending(c => c.Deadline)
            .ToList();
    }
}

/// <summary>A call as the review overview lists it.</summary>
public sealed record CallCounts(string Key, string Title, DateTimeOffset? Deadline, IReadOnlyDictionary<ApplicationStatus, int> ByStatus, int Purged)
{
    public int Total => ByStatus.Values.Sum();
}
