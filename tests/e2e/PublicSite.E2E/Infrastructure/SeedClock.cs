using System.Diagnostics;

namespace PublicSite.E2E.Infrastructure;

/// <summary>
/// The site's clock in the browser tests: it starts at <see cref="Seed.Today"/> and runs at normal speed, so that
/// the seeded 2027 calls are open, and the closed one closed, whenever the suite runs. A journey that needs another
/// day of the seed's calendar moves it with <see cref="SiteFixture.TravelToAsync"/>; the clock keeps running there.
/// </summary>
internal sealed class SeedClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() =>
        start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started) + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>From now on the clock reads <paramref name="instant"/> and runs on from it.</summary>
    public void Set(DateTimeOffset instant) =>
        Interlocked.Exchange(ref _offsetTicks, (instant.ToUniversalTime() - (start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started))).Ticks);

    /// <summary>Back to the seed's day, as if the clock had never moved.</summary>
    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
