namespace PublicSite.Cms.Reading;

/// <summary>The catalogue's filters, already parsed; null filters select everything.</summary>
public sealed record CatalogueSelection(int? Year = null, string? Body = null, string? Category = null, string? Subject = null, int Page = 1);
