namespace PublicSite.Web.Site;

/// <summary>Marker for the site's UI strings in <c>Resources/Site/SiteText.&lt;culture&gt;.resx</c>.</summary>
public sealed class SiteText;
