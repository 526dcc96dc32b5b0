namespace PublicSite.Cms.Publishing;

/// <summary>What an editor (or the seed importer) saves for one language variant of an item.</summary>
public sealed record ContentEdit
{
    /// <summary>The item to add this language to or to change; null creates a new item.</summary>
    public Guid? ItemId { get; init; }

    public required string TypeKey { get; init; }

    /// <summary>Stable key for a new item; generated when absent.</summary>
    public string? Key { get; init; }

    /// <summary>Culture name, <c>zh-CN</c> or <c>pt-PT</c>.</summary>
    public required string Language { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public string Body { get; init; } = "";

    /// <summary>An explicit slug; generated from the title (or the type's slug field) when absent.</summary>
    public string? Slug { get; init; }

    /// <summary>An instance of the content type's class holding shared and localized field values.</summary>
    public object? Fields { get; init; }

    /// <summary>The variant version the editor started from; a save based on an older one is refused.</summary>
    public int? ExpectedVersion { get; init; }
}
