using System.Diagnostics;

namespace PublicSite.E2E.Infrastructure;

/// <summary>
/// The site's clock in the browser tests: it starts at <see cref="Seed.Today"/> and runs at normal speed, so that
/// the seeded 2027 calls are open, and the closed one closed, whenever the suite runs.
/// </summary>
internal sealed class SeedClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
}
