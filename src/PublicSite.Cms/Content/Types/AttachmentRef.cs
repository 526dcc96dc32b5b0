using System.Reflection;

namespace PublicSite.Cms.Content.Types;

/// <summary>
/// A file attached to an item: the id of a media library file (its store path, e.g. <c>files/2026/report-1a2b3c4d.pdf</c>)
/// and its title in each language, since a Portuguese page must not link a Chinese title.
/// </summary>
public sealed class AttachmentRef
{
    public string File { get; set; } = "";

    /// <summary>The title on Chinese pages (and, converted, on Traditional ones).</summary>
    public string? Title { get; set; }

    /// <summary>The title on Portuguese pages; without one they show the Chinese title.</summary>
    public string? TitlePt { get; set; }

    /// <summary>The title readers of <paramref name="culture"/> see.</summary>
    public string TitleIn(string culture) =>
        (culture.StartsWith("pt", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(TitlePt) ? TitlePt : Title) is { Length: > 0 } title
            ? title
            : Path.GetFileName(File);

    /// <summary>Every attachment a content type's fields refer to, whatever the field is called.</summary>
    public static IEnumerable<AttachmentRef> In(object fields) =>
        fields.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(IEnumerable<AttachmentRef>).IsAssignableFrom(p.PropertyType))
            .SelectMany(p => p.GetValue(fields) as IEnumerable<AttachmentRef> ?? []);
}
