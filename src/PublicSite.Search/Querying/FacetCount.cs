namespace PublicSite.Search.Querying;

/// <summary>One value of a filter and how many results it would leave, given the other filters.</summary>
public sealed record FacetCount(string Value, int Count);
