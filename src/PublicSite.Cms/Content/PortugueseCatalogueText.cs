namespace PublicSite.Cms.Content;

/// <summary>
/// A Portuguese title and summary that editors write for an item that exists only in Chinese, so that Portuguese
/// readers find and recognise it: the Portuguese catalogue, the Portuguese "only in Chinese" page and Portuguese
/// search show them. Shared fields of the item (there is no Portuguese variant to hold them), so they follow the
/// same workflow, revisions and pending approval as the item's other shared fields; once a Portuguese variant is
/// published its own title wins.
/// </summary>
public interface IPortugueseCatalogueText
{
    string? PortugueseTitle { get; }

    string? PortugueseSummary { get; }
}
