namespace PublicSite.Web.Features.Disclosure;

/// <summary>Marker for the disclosure column's UI strings in <c>Resources/Features/Disclosure/DisclosureText.&lt;culture&gt;.resx</c>.</summary>
public sealed class DisclosureText;
