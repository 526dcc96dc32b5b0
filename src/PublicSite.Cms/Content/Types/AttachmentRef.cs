namespace PublicSite.Cms.Content.Types;

/// <summary>A file attached to an item: its path in the media store and a title.</summary>
public sealed class AttachmentRef
{
    public string File { get; set; } = "";

    public string? Title { get; set; }
}
