namespace PublicSite.Cms.Media;

/// <summary>What a media reference may point at: any library file, or only an image.</summary>
public enum MediaKind
{
    File,
    Image,
}
