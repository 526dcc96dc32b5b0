namespace PublicSite.Cms.Reading;

/// <summary>A filter's values with the number of documents each would give, the other filters applied.</summary>
public sealed record CatalogueFacet(string Name, IReadOnlyList<FacetValue> Values, string? Selected);

public sealed record FacetValue(string Value, string Label, int Count);
