namespace PublicSite.Web.Site.Telemetry;

/// <summary>
/// Something on this node that applies the outbox in order (the search index, the page cache), and the position of
/// the last event it applied (negative before its first pass). Registered by its feature for the lag gauge.
/// </summary>
public sealed record OutboxFollower(string Name, Func<IServiceProvider, long> Position);
