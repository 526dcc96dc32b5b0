namespace PublicSite.Cms.Media;

/// <summary>
/// Marks a string field whose value is the id of a media library file (e.g. a news lead image): the editor offers
/// the picker for it and a save is refused unless the id names a file of the library of that kind.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MediaReferenceAttribute(MediaKind kind) : Attribute
{
    public MediaKind Kind { get; } = kind;
}
