namespace PublicSite.Cms.Reading;

/// <summary>
/// One document in the catalogue, in the reader's language or, failing that, in the language it exists in;
/// <see cref="CatalogueTitle"/> is the title editors wrote in the reader's language for such a document, if any.
/// </summary>
public sealed record CatalogueRow(
    string IndexNumber,
    string? DocumentNumber,
    DateOnly PublicationDate,
    string Title,
    string Slug,
    string Language,
    bool IsTranslation,
    string? CatalogueTitle = null);
