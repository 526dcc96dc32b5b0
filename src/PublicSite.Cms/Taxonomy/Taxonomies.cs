namespace PublicSite.Cms.Taxonomy;

/// <summary>Names of the controlled vocabularies in <c>taxonomies.yml</c> and the Terms table.</summary>
public static class Taxonomies
{
    public const string Organisations = "organisations";
    public const string DisclosureCategories = "disclosureCategories";
    public const string Subjects = "subjects";
    public const string Genres = "genres";

    /// <summary>News tags: the keys stay in the articles, the labels come from here.</summary>
    public const string Tags = "tags";

    /// <summary>In the order the manager lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Organisations, DisclosureCategories, Subjects, Genres, Tags];
}
