namespace PublicSite.Web.Features.Redirects;

/// <summary>Marker for the redirects screen's strings in <c>Resources/Features/Redirects/RedirectsText.&lt;culture&gt;.resx</c>.</summary>
public sealed class RedirectsText;
