namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// Marker for the strings of review actions, autosave and the revision compare, in
/// <c>Resources/Features/Manager/Content/ReviewText.&lt;culture&gt;.resx</c>.
/// </summary>
public sealed class ReviewText;
