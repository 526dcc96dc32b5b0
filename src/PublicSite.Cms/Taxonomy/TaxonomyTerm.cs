namespace PublicSite.Cms.Taxonomy;

/// <summary>A term of a controlled vocabulary (issuing bodies, disclosure categories…) with its names.</summary>
public sealed class TaxonomyTerm
{
    public int Id { get; set; }

    /// <summary><c>organisations</c>, <c>disclosureCategories</c>, <c>subjects</c>, <c>genres</c> or <c>tags</c>.</summary>
    public required string Taxonomy { get; set; }

    public required string Key { get; set; }

    public required string NameZh { get; set; }

    public required string NamePt { get; set; }

    /// <summary>For organisations: the 9-character organisation code or 18-character credit code.</summary>
    public string? Code { get; set; }

    public int SortOrder { get; set; }

    /// <summary>A retired term stays on what uses it (keys and URLs never break) but is no longer offered to editors.</summary>
    public DateTime? RetiredAt { get; set; }

    public string NameIn(string culture) =>
        culture.StartsWith("pt", StringComparison.OrdinalIgnoreCase) ? NamePt : NameZh;
}
