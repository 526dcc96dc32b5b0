using PublicSite.Cms.Content;

namespace PublicSite.Cms.Publishing;

/// <summary>The one definition of "visible to the public", honoured by every read of published content.</summary>
public static class VisibilityQueries
{
    public static IQueryable<ContentVariant> VisibleAt(this IQueryable<ContentVariant> variants, DateTime utcNow) =>
        variants.Where(v =>
            v.State == VariantState.Published
            && v.PublishAt != null && v.PublishAt <= utcNow
            && (v.ExpireAt == null || v.ExpireAt > utcNow)
            && v.Item.DeletedAt == null);

    public static bool IsVisibleAt(this ContentVariant variant, DateTime utcNow) =>
        variant.State == VariantState.Published
        && variant.PublishAt <= utcNow
        && (variant.ExpireAt is null || variant.ExpireAt > utcNow)
        && variant.Item.DeletedAt is null;
}
