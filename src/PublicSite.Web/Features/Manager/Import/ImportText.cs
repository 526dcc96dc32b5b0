namespace PublicSite.Web.Features.Manager.Import;

/// <summary>Marker for the notice import's strings in <c>Resources/Features/Manager/Import/ImportText.&lt;culture&gt;.resx</c>.</summary>
public sealed class ImportText;
