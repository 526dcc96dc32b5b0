namespace PublicSite.Web.Features.Feedback;

/// <summary>Marker for the feedback's UI strings in <c>Resources/Features/Feedback/FeedbackText.&lt;culture&gt;.resx</c>.</summary>
public sealed class FeedbackText;
