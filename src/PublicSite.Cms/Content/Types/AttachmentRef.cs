using System.Reflection;

namespace PublicSite.Cms.Content.Types;

/// <summary>A file attached to an item: its path in the media store (e.g. <c>files/report.pdf</c>) and a title.</summary>
public sealed class AttachmentRef
{
    public string File { get; set; } = "";

    public string? Title { get; set; }

    /// <summary>Every attachment a content type's fields refer to, whatever the field is called.</summary>
    public static IEnumerable<AttachmentRef> In(object fields) =>
        fields.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(IEnumerable<AttachmentRef>).IsAssignableFrom(p.PropertyType))
            .SelectMany(p => p.GetValue(fields) as IEnumerable<AttachmentRef> ?? []);
}
