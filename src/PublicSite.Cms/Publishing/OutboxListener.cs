namespace PublicSite.Cms.Publishing;

/// <summary>
/// Told, before the save that wrote them returns, that outbox events were written in this process: a cache that
/// must never serve what a save has just changed catches up here rather than on its next poll.
/// </summary>
public interface IOutboxListener
{
    /// <summary>Reads the outbox from where the listener last stopped; must not throw (the save has committed).</summary>
    Task OutboxWrittenAsync(CancellationToken cancellationToken);
}
