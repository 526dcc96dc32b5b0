namespace PublicSite.Cms.Content;

/// <summary>An old slug of a variant, answered with a permanent redirect to the current one.</summary>
public sealed class SlugRedirect
{
    public long Id { get; set; }

    public required string TypeKey { get; set; }

    public required string Language { get; set; }

    public required string Slug { get; set; }

    public Guid VariantId { get; set; }

    public DateTime CreatedAt { get; set; }
}
