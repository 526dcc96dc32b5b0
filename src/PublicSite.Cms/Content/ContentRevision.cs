namespace PublicSite.Cms.Content;

/// <summary>A saved state of a variant: who saved it, when, why, and everything needed to restore it.</summary>
public sealed class ContentRevision
{
    public long Id { get; set; }

    public Guid VariantId { get; set; }

    public int Number { get; set; }

    public required string Author { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? Note { get; set; }

    /// <summary>
    /// Null for the history's revisions; <see cref="Publishing.RevisionKinds.Autosave"/> for the working copy the
    /// editor's browser saves every 30 s (one per variant and author, replaced each time, never published or restored
    /// into the live text, left out of the history).
    /// </summary>
    public string? Kind { get; set; }

    /// <summary>JSON of title, summary, body, slug, localized and shared fields at the time of the save.</summary>
    public required string Snapshot { get; set; }
}
