namespace PublicSite.Web.Features.Manager;

/// <summary>Marker for the manager's UI strings in <c>Resources/Features/Manager/ManagerText.&lt;culture&gt;.resx</c>.</summary>
public sealed class ManagerText;
