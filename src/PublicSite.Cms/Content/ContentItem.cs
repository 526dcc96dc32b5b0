namespace PublicSite.Cms.Content;

/// <summary>A language-neutral content item; each language is a <see cref="ContentVariant"/>.</summary>
public sealed class ContentItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string TypeKey { get; set; }

    /// <summary>Stable key linking language files in the seed and export format.</summary>
    public required string Key { get; set; }

    /// <summary>Shared fields of the content type as JSON.</summary>
    public string SharedFields { get; set; } = "{}";

    /// <summary>The date lists sort and filter by (publication date, news date…), copied from the fields.</summary>
    public DateOnly? ListDate { get; set; }

    /// <summary>索引号 of a disclosed document, kept as a real column for exact look-up.</summary>
    public string? IndexNumber { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Soft delete: an administrator can restore the item.</summary>
    public DateTime? DeletedAt { get; set; }

    public List<ContentVariant> Variants { get; set; } = [];
}
