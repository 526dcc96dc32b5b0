namespace PublicSite.Search.Querying;

/// <summary>
/// One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-escaped text whose only markup is
/// <c>&lt;mark&gt;</c> around the matches, safe to write as is.
/// </summary>
public sealed record SearchHit(
    Guid VariantId,
    Guid ItemId,
    string Language,
    string TypeKey,
    string Slug,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    DateOnly? Date,
    string? IndexNumber,
    string? DocumentNumber,
    string? IssuingBody,
    bool IsExactMatch);
