namespace PublicSite.Cms.Content;

/// <summary>One language of a content item, with its own slug, text, localized fields and workflow state.</summary>
public sealed class ContentVariant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    public ContentItem Item { get; set; } = null!;

    /// <summary>Culture name, <c>zh-CN</c> or <c>pt-PT</c>.</summary>
    public required string Language { get; set; }

    /// <summary>Copied from the item so that slugs can be unique per type and language in the database.</summary>
    public required string TypeKey { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>Markdown source; rendered and sanitised on the server.</summary>
    public string Body { get; set; } = "";

    /// <summary>Localized fields of the content type as JSON.</summary>
    public string Fields { get; set; } = "{}";

    public VariantState State { get; set; } = VariantState.Draft;

    /// <summary>UTC instant from which a published variant is visible.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>UTC instant from which a published variant is no longer visible.</summary>
    public DateTime? ExpireAt { get; set; }

    /// <summary>Whether a Published event was raised for the current visible period (so Expired follows once).</summary>
    public bool IsAnnounced { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Who last changed the text or fields (not the state): the author the four-eyes rule compares with.</summary>
    public string? EditedBy { get; set; }

    /// <summary>When the text or fields last changed; a translation older than its source is out of date.</summary>
    public DateTime? EditedAt { get; set; }

    /// <summary>
    /// An editor's change to a live variant, kept beside it until a publisher approves it (JSON of a
    /// <see cref="Publishing.PendingEdit"/>); the public keeps reading the published text meanwhile.
    /// </summary>
    public string? PendingEdit { get; set; }

    /// <summary>
    /// The item's shared fields as this variant's draft changes them (JSON of the changed fields only), held
    /// while another variant of the item is live: shared fields reach every language's public page, so they
    /// change only when a publisher publishes this variant. Null when the draft changes none.
    /// </summary>
    public string? PendingSharedFields { get; set; }

    /// <summary>Draft or InReview while <see cref="PendingEdit"/> waits.</summary>
    public VariantState? PendingState { get; set; }

    public string? PendingEditBy { get; set; }

    public DateTime? PendingEditAt { get; set; }

    /// <summary>
    /// A publisher's comment when they returned the change to its author (已退回) instead of publishing it; kept, with
    /// who and when, until the author submits again.
    /// </summary>
    public string? ReturnComment { get; set; }

    public string? ReturnedBy { get; set; }

    public DateTime? ReturnedAt { get; set; }

    /// <summary>Optimistic concurrency: a save based on an older version is refused.</summary>
    public int Version { get; set; }
}

public enum VariantState
{
    Draft,
    InReview,
    Published,
    Withdrawn,

    /// <summary>
    /// 不予采用: a publisher decided a submission will not be published. Final, unlike a return: the text and the
    /// reason stay on record, it cannot be edited or submitted again, and only deleting it remains.
    /// </summary>
    Rejected,
}
