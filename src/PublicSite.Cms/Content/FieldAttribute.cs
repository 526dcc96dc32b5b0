namespace PublicSite.Cms.Content;

/// <summary>
/// Marks a property of a content type as a field. Shared fields belong to the item (one value for every
/// language); localized fields belong to each language variant. Validation uses the property's
/// DataAnnotations attributes (<c>[Required]</c>, <c>[MaxLength]</c>, <c>[RegularExpression]</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class FieldAttribute(FieldScope scope) : Attribute
{
    public FieldScope Scope { get; } = scope;

    /// <summary>Resource key of the field's label in the editor and on public pages.</summary>
    public string? Label { get; init; }
}

public enum FieldScope
{
    Shared,
    Localized,
}
