namespace PublicSite.Web.Features.Manager.Taxonomies;

/// <summary>Marker for the taxonomy screens' strings in <c>Resources/Features/Manager/Taxonomies/TaxonomiesText.&lt;culture&gt;.resx</c>.</summary>
public sealed class TaxonomiesText;
