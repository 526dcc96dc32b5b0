namespace PublicSite.Cms.Content;

/// <summary>Declares a class as a content type; its <see cref="FieldAttribute"/> properties become the type's fields.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContentTypeAttribute(string key, string section) : Attribute
{
    /// <summary>Stable key stored with every item (e.g. <c>disclosure</c>).</summary>
    public string Key { get; } = key;

    /// <summary>URL section under the language (e.g. <c>/zh/disclosure/…</c>).</summary>
    public string Section { get; } = section;

    /// <summary>Name of the shared field that gives the slug (e.g. the index number), instead of the title.</summary>
    public string? SlugField { get; init; }

    /// <summary>Name of the shared date field lists sort by; the publication time when absent.</summary>
    public string? DateField { get; init; }
}
