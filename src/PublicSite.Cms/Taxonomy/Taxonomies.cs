namespace PublicSite.Cms.Taxonomy;

/// <summary>Names of the controlled vocabularies in <c>taxonomies.yml</c> and the Terms table.</summary>
public static class Taxonomies
{
    public const string Organisations = "organisations";
    public const string DisclosureCategories = "disclosureCategories";
    public const string Subjects = "subjects";
    public const string Genres = "genres";
}
