using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// The last number given under a prefix such as <c>CZHM-2026-INT</c> or <c>CZHM-YSQ-2026</c>; outlives purged cases.
/// Each workflow maps it to its own table, so a module can be purged or moved on its own.
/// </summary>
public sealed class ReferenceCounter
{
    public required string Prefix { get; set; }

    public int Last { get; set; }

    /// <summary><c>CZHM-YSQ-2026</c>, 17 → <c>CZHM-YSQ-2026-00017</c>.</summary>
    public static string Format(string prefix, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{number:00000}");

    /// <summary>
    /// Raises the prefix's counter and gives the next reference. Call it inside the write transaction that stores
    /// the case, begun with <c>BeginSerialisedWriteAsync</c>, so one writer at a time reads and raises it.
    /// </summary>
    public static async Task<string> NextReferenceAsync(DbSet<ReferenceCounter> counters, string prefix, CancellationToken cancellationToken)
    {
        var counter = await counters.SingleOrDefaultAsync(c => c.Prefix == prefix, cancellationToken);
        if (counter is null)
        {
            counter = new ReferenceCounter { Prefix = prefix };
            counters.Add(counter);
        }
        counter.Last++;
        return Format(prefix, counter.Last);
    }
}
