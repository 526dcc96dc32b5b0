namespace PublicSite.Web.Features.Search;

/// <summary>Marker for the search feature's UI strings in <c>Resources/Features/Search/SearchText.&lt;culture&gt;.resx</c>.</summary>
public sealed class SearchText;
