using System.Linq.Expressions;
using PublicSite.Cms.Content;

namespace PublicSite.Cms.Publishing;

/// <summary>The one definition of "visible to the public", honoured by every read of published content.</summary>
public static class VisibilityQueries
{
    public static IQueryable<ContentVariant> VisibleAt(this IQueryable<ContentVariant> variants, DateTime utcNow) =>
        variants.Where(IsVisible(utcNow));

    /// <summary>The same rule as an expression, for use inside queries over items (e.g. <c>i.Variants.Any(…)</c>).</summary>
    public static Expression<Func<ContentVariant, bool>> IsVisible(DateTime utcNow) => v =>
        v.State == VariantState.Published
        && v.PublishAt != null && v.PublishAt <= utcNow
        && (v.ExpireAt == null || v.ExpireAt > utcNow)
        && v.Item.DeletedAt == null;

    public static bool IsVisibleAt(this ContentVariant variant, DateTime utcNow) =>
        variant.State == VariantState.Published
        && variant.PublishAt <= utcNow
        && (variant.ExpireAt is null || variant.ExpireAt > utcNow)
        && variant.Item.DeletedAt is null;
}
