using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site;
using Sylvan.Data.Csv;

namespace PublicSite.Web.Features.Redirects;

/// <summary>
/// The redirects editors manage: adding an old address → page mapping (one, or many from a CSV of an old site's
/// URLs), removing one, and listing them with whether each target is public now, beside the automatic ones the CMS
/// keeps when a slug changes. Every change is audited.
/// </summary>
public sealed class RedirectBook(CmsDbContext db, ContentTypeRegistry types, AuditTrail audit, IOptions<SiteOptions> site, TimeProvider time)
{
    /// <summary>More rows than an office's old site has pages; a bigger file is refused rather than half imported.</summary>
    public const int MaxImportRows = 5000;

    public async Task<RedirectOutcome> AddAsync(string? from, string? to, RedirectEditor who, CancellationToken cancellationToken)
    {
        var outcome = await CheckAsync(from, to, [], who, cancellationToken);
        if (outcome.Redirect is { } redirect)
        {
            db.ManualRedirects.Add(redirect);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(who.Name, AuditActions.RedirectAdded, $"redirect:{redirect.FromPath}", to, who.IpAddress, cancellationToken);
        }
        return outcome;
    }

    /// <summary>
    /// Imports rows of <c>old address,new address</c> (a header row is recognised and skipped). Rows that cannot be
    /// mapped are reported with the reason and the rest are saved together.
    /// </summary>
    public async Task<IReadOnlyList<RedirectOutcome>> ImportAsync(Stream csv, RedirectEditor who, CancellationToken cancellationToken)
    {
        var rows = new List<(string? From, string? To)>();
        using (var reader = new StreamReader(csv, detectEncodingFromByteOrderMarks: true))
        await using (var parser = await CsvDataReader.CreateAsync(reader, new CsvDataReaderOptions { HasHeaders = false }, cancellationToken))
        {
            while (await parser.ReadAsync(cancellationToken))
            {
                var record = Enumerable.Range(0, parser.RowFieldCount).Select(parser.GetString).ToList();
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                if (rows.Count >= MaxImportRows)
                {
                    return [new RedirectOutcome(record.ElementAtOrDefault(0), record.ElementAtOrDefault(1), null, RedirectProblem.TooManyRows)];
                }
                rows.Add((record.ElementAtOrDefault(0), record.ElementAtOrDefault(1)));
            }
        }
        if (rows.Count > 0 && OldAddress.Normalise(rows[0].From) is null && PageAt(rows[0].To, who) is null)
        {
            rows.RemoveAt(0);
        }
        var outcomes = new List<RedirectOutcome>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in rows)
        {
            var outcome = await CheckAsync(from, to, seen, who, cancellationToken);
            if (outcome.Redirect is { } redirect)
            {
                db.ManualRedirects.Add(redirect);
                seen.Add(redirect.FromPath);
            }
            outcomes.Add(outcome);
        }
        var added = outcomes.Count(o => o.Problem is null);
        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(who.Name, AuditActions.RedirectAdded, "redirect:import", $"{added}/{rows.Count}", who.IpAddress, cancellationToken);
        }
        return outcomes;
    }

    public async Task<bool> RemoveAsync(long id, RedirectEditor who, CancellationToken cancellationToken)
    {
        var redirect = await db.ManualRedirects.FindAsync([id], cancellationToken);
        if (redirect is null)
        {
            return false;
        }
        db.ManualRedirects.Remove(redirect);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(who.Name, AuditActions.RedirectRemoved, $"redirect:{redirect.FromPath}", null, who.IpAddress, cancellationToken);
        return true;
    }

    /// <summary>Every manual redirect with the page it leads to now (null when that page is not public: the old address answers 404).</summary>
    public async Task<IReadOnlyList<ListedRedirect>> ManualAsync(CancellationToken cancellationToken)
    {
        var redirects = await db.ManualRedirects.AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);
        var titles = await TitlesAsync(redirects.Select(r => r.TargetItemId).ToList(), cancellationToken);
        var listed = new List<ListedRedirect>();
        foreach (var r in redirects)
        {
            var current = await OldAddressRedirects.CurrentAddressAsync(r.TargetItemId, r.TargetLanguage, db, types, time, cancellationToken);
            listed.Add(new ListedRedirect(r.Id, r.FromPath, r.TargetItemId, r.TargetLanguage,
                titles.GetValueOrDefault((r.TargetItemId, r.TargetLanguage)), current, r.CreatedBy, r.CreatedAt));
        }
        return listed;
    }

    /// <summary>The redirects the CMS made when editors changed a slug: old address → the page's address now.</summary>
    public async Task<IReadOnlyList<ListedRedirect>> AutomaticAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.SlugRedirects.AsNoTracking()
            .Join(db.Variants.AsNoTracking(), r => r.VariantId, v => v.Id, (r, v) => new { r.Id, r.TypeKey, r.Language, r.Slug, v.ItemId, v.Title, Current = v.Slug, r.CreatedAt, Live = v })
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return rows
            .Where(r => types.Find(r.TypeKey) is not null && SiteLanguage.FromCulture(r.Language) is not null)
            .Select(r =>
            {
                var type = types.Get(r.TypeKey);
                var language = SiteLanguage.FromCulture(r.Language)!;
                return new ListedRedirect(r.Id, SiteUrls.Item(language, type.Section, r.Slug), r.ItemId, r.Language, r.Title,
                    r.Live.IsVisibleAt(now) ? SiteUrls.Item(language, type.Section, r.Current) : null, null, r.CreatedAt);
            })
            .ToList();
    }

    /// <summary>A pasted address of this site: a path, or a whole URL on the configured public host or on the host the editor is using.</summary>
    private PageAddress? PageAt(string? link, RedirectEditor who) =>
        PageAddress.FromLink(link?.Trim() ?? "", PageAddress.HostOf(site.Value.BaseUrl), types) ?? PageAddress.FromLink(link?.Trim() ?? "", who.SiteHost, types);

    private async Task<RedirectOutcome> CheckAsync(string? from, string? to, HashSet<string> alreadyImported, RedirectEditor who, CancellationToken cancellationToken)
    {
        var key = OldAddress.Normalise(from);
        if (key is null)
        {
            return new RedirectOutcome(from, to, null, RedirectProblem.OldAddressInvalid);
        }
        if (alreadyImported.Contains(key) || await db.ManualRedirects.AnyAsync(r => r.FromPath == key, cancellationToken))
        {
            return new RedirectOutcome(from, to, null, RedirectProblem.AlreadyMapped);
        }
        if (PageAddress.From(key, types) is { } ownPage && await IsPublicAsync(ownPage, cancellationToken) is not null)
        {
            // A live page's own address must keep showing that page.
            return new RedirectOutcome(from, to, null, RedirectProblem.OldAddressIsLivePage);
        }
        if (PageAt(to, who) is not { } target)
        {
            return new RedirectOutcome(from, to, null, RedirectProblem.TargetInvalid);
        }
        if (await IsPublicAsync(target, cancellationToken) is not { } itemId)
        {
            return new RedirectOutcome(from, to, null, RedirectProblem.TargetNotLive);
        }
        return new RedirectOutcome(from, to, new ManualRedirect
        {
            FromPath = key, TargetItemId = itemId, TargetLanguage = target.Language.Culture, CreatedBy = who.Name, CreatedAt = time.GetUtcNow().UtcDateTime,
        }, null);
    }

    /// <summary>The item of the public page at an address (its current slug or an old one that moved), else null.</summary>
    private async Task<Guid?> IsPublicAsync(PageAddress page, CancellationToken cancellationToken)
    {
        var visible = db.Variants.AsNoTracking().VisibleAt(time.GetUtcNow().UtcDateTime)
            .Where(v => v.TypeKey == page.Type.Key && v.Language == page.Language.Culture);
        var item = await visible.Where(v => v.Slug == page.Slug).Select(v => (Guid?)v.ItemId).FirstOrDefaultAsync(cancellationToken);
        return item ?? await db.SlugRedirects.AsNoTracking()
            .Where(r => r.TypeKey == page.Type.Key && r.Language == page.Language.Culture && r.Slug == page.Slug)
            .Join(visible, r => r.VariantId, v => v.Id, (r, v) => (Guid?)v.ItemId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<Dictionary<(Guid, string), string>> TitlesAsync(List<Guid> items, CancellationToken cancellationToken) =>
        (await db.Variants.AsNoTracking().Where(v => items.Contains(v.ItemId)).Select(v => new { v.ItemId, v.Language, v.Title }).ToListAsync(cancellationToken))
        .ToDictionary(v => (v.ItemId, v.Language), v => v.Title);
}

/// <summary>Who changes the redirects (for the audit log) and the host they reach the site by (to read a pasted whole URL).</summary>
public sealed record RedirectEditor(string Name, string? IpAddress, string? SiteHost);

/// <summary>A redirect as the screen lists it; <see cref="CurrentAddress"/> is null when its page is not public now.</summary>
public sealed record ListedRedirect(long Id, string From, Guid ItemId, string Language, string? Title, string? CurrentAddress, string? CreatedBy, DateTime CreatedAt);

/// <summary>One mapping asked for: saved (<see cref="Redirect"/>) or refused with the reason.</summary>
public sealed record RedirectOutcome(string? From, string? To, ManualRedirect? Redirect, RedirectProblem? Problem);

public enum RedirectProblem
{
    OldAddressInvalid,
    AlreadyMapped,
    OldAddressIsLivePage,
    TargetInvalid,
    TargetNotLive,
    TooManyRows,
}
