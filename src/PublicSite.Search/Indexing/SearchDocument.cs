namespace PublicSite.Search.Indexing;

/// <summary>What the index holds of one published language variant.</summary>
public sealed record SearchDocument
{
    public required Guid VariantId { get; init; }

    public required Guid ItemId { get; init; }

    /// <summary>Culture name, <c>zh-CN</c> or <c>pt-PT</c>; decides which analysis the text gets.</summary>
    public required string Language { get; init; }

    public required string TypeKey { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>Body as plain text, the type's localized fields and the text of PDF and DOCX attachments.</summary>
    public string Text { get; init; } = "";

    public DateOnly? Date { get; init; }

    public string? IndexNumber { get; init; }

    public string? DocumentNumber { get; init; }

    /// <summary>Key of the issuing body (taxonomy <c>organisations</c>), for the filter.</summary>
    public string? IssuingBody { get; init; }

    /// <summary>Name of the issuing body in the variant's language, searched as text.</summary>
    public string? IssuingBodyName { get; init; }

    /// <summary>UTC instants between which the variant is public; queries honour them even before the outbox says so.</summary>
    public DateTime VisibleFrom { get; init; }

    public DateTime? VisibleUntil { get; init; }
}
