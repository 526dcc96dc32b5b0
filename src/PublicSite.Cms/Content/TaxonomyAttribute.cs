namespace PublicSite.Cms.Content;

/// <summary>The field holds the key of a term of this taxonomy; editors choose it from the list.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class TaxonomyAttribute(string taxonomy) : Attribute
{
    public string Taxonomy { get; } = taxonomy;
}
