using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>
/// Counts page views in memory and writes them in batches (<see cref="ViewCountFlusher"/>), so a busy page
/// costs no database write per view. Crawlers and browser prefetches are not counted.
/// </summary>
public sealed partial class ViewCounter(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<Guid, long> _pending = new();

    /// <summary>Counts a view of the item unless the request is a crawler's or a prefetch; returns whether it counted.</summary>
    public bool Record(Guid itemId, HttpRequest request)
    {
        if (!Counts(request))
        {
            return false;
        }
        _pending.AddOrUpdate(itemId, 1, (_, count) => count + 1);
        return true;
    }

    /// <summary>Whether a view by this request counts: a GET that is neither a crawler's nor a prefetch.</summary>
    public bool Counts(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && !IsCrawler(request.Headers.UserAgent.ToString()) && !IsPrefetch(request);

    /// <summary>Views counted but not yet written.</summary>
    public long Pending(Guid itemId) => _pending.TryGetValue(itemId, out var count) ? count : 0;

    /// <summary>The total to show: what is stored plus what is waiting to be written.</summary>
    public async Task<long> TotalAsync(CmsDbContext db, Guid itemId, CancellationToken cancellationToken) =>
        await db.ViewCounts.Where(v => v.ItemId == itemId).Select(v => v.Count).FirstOrDefaultAsync(cancellationToken) + Pending(itemId);

    /// <summary>Writes every pending count in one transaction; counts that arrive meanwhile wait for the next flush.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        var batch = new Dictionary<Guid, long>();
        foreach (var itemId in _pending.Keys)
        {
            if (_pending.TryRemove(itemId, out var count))
            {
                batch[itemId] = count;
            }
        }
        if (batch.Count == 0)
        {
            return 0;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var (itemId, count) in batch)
            {
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "ViewCounts" ("ItemId", "Count") VALUES ({itemId}, {count})
                    ON CONFLICT ("ItemId") DO UPDATE SET "Count" = "ViewCounts"."Count" + excluded."Count"
                    """, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return batch.Count;
        }
        catch
        {
            // Nothing is lost: the batch goes back to be written next time.
            foreach (var (itemId, count) in batch)
            {
                _pending.AddOrUpdate(itemId, count, (_, pending) => pending + count);
            }
            throw;
        }
    }

    private static bool IsPrefetch(HttpRequest request) =>
        request.Headers["Sec-Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase)
        || request.Headers["Purpose"].ToString().Contains("prefetch", StringComparison.OrdinalIgnoreCase);

    public static bool IsCrawler(string userAgent) => userAgent.Length == 0 || CrawlerPattern().IsMatch(userAgent);

    [GeneratedRegex(@"bot\b|bot/|spider|crawl|slurp|bingpreview|facebookexternalhit|yandex|baidu|sogou|360spider|bytespider|headlesschrome|python-requests|curl/|wget/|httpclient|go-http-client|java/|okhttp|monitor|uptime|preview", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrawlerPattern();
}
