namespace PublicSite.Search.Sync;

/// <summary>What a full rebuild did: the new generation, how many documents, up to which outbox position, how long.</summary>
public sealed record RebuildReport(string Generation, int Documents, long Position, TimeSpan Elapsed);
