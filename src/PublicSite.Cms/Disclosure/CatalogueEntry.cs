using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;

namespace PublicSite.Cms.Disclosure;

/// <summary>
/// The catalogue columns of a disclosed document (政府信息公开目录), kept as real indexed columns so that the
/// catalogue can filter, count and sort without reading every item's JSON. Written with every save.
/// </summary>
public sealed class CatalogueEntry
{
    public Guid ItemId { get; set; }

    public ContentItem Item { get; set; } = null!;

    public required string IndexNumber { get; set; }

    public string? DocumentNumber { get; set; }

    public required string IssuingBody { get; set; }

    public required string Category { get; set; }

    public string? Subject { get; set; }

    public string? Genre { get; set; }

    public DateOnly PublicationDate { get; set; }

    public int Year { get; set; }

    public Validity Validity { get; set; }
}
