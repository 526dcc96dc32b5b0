namespace PublicSite.Cms.Reading;

/// <summary>A published variant as lists show it.</summary>
public sealed record ContentSummary(
    Guid ItemId,
    string Key,
    string Section,
    string Slug,
    string Title,
    string? Summary,
    DateOnly? Date,
    string? IndexNumber,
    string SharedFields);
