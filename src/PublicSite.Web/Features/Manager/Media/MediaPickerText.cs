namespace PublicSite.Web.Features.Manager.Media;

/// <summary>Marker for the media picker's strings in <c>Resources/Features/Manager/Media/MediaPickerText.&lt;culture&gt;.resx</c>.</summary>
public sealed class MediaPickerText;
