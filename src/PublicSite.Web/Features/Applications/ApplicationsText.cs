namespace PublicSite.Web.Features.Applications;

/// <summary>Marker for the programme calls' and applications' UI strings in <c>Resources/Features/Applications/ApplicationsText.&lt;culture&gt;.resx</c>.</summary>
public sealed class ApplicationsText;
