namespace PublicSite.Cms.Publishing;

/// <summary>
/// A content event written in the same transaction as the change; search, caches and feeds consume the
/// outbox in <see cref="Position"/> order, so nothing is lost if the process dies.
/// </summary>
public sealed class OutboxEvent
{
    public long Position { get; set; }

    public OutboxEventKind Kind { get; set; }

    public Guid ItemId { get; set; }

    public Guid? VariantId { get; set; }

    public string? Language { get; set; }

    public DateTime OccurredAt { get; set; }
}

public enum OutboxEventKind
{
    Published,
    Updated,
    Withdrawn,
    Expired,
    Deleted,
}
