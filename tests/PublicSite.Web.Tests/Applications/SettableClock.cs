namespace PublicSite.Web.Tests.Applications;

/// <summary>
/// The site's "now", set by the test. Unlike FakeTimeProvider it leaves timers on real time: jumping five months
/// ahead with FakeTimeProvider fires every periodic background job once per period (millions of ticks for the
/// 10-second view counter), which stalls the site.
/// </summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            _now = value;
        }
    }

    public void Advance(TimeSpan delta)
    {
        lock (_gate)
        {
            _now += delta;
        }
    }
}
