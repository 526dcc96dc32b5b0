namespace PublicSite.Cms.Publishing;

/// <summary>Someone else saved the variant after the editor opened it; nothing was overwritten.</summary>
public sealed class ContentConcurrencyException(Guid variantId)
    : Exception($"Variant {variantId} was changed by someone else.")
{
    public Guid VariantId { get; } = variantId;
}
