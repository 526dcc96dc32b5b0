namespace PublicSite.Web.Features.Reading;

/// <summary>Marker for the reading options' strings in <c>Resources/Features/Reading/ReadingText.&lt;culture&gt;.resx</c>.</summary>
public sealed class ReadingText;
