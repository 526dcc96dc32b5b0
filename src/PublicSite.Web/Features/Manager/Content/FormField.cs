using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>One input of a generated content form, with the raw value the editor typed (kept when saving fails).</summary>
public sealed record FormField(
    string Name,
    string Label,
    FormFieldKind Kind,
    bool Shared,
    bool Required,
    string Value,
    IReadOnlyList<(string Value, string Label)> Options,
    IReadOnlyList<string> Parts)
{
    /// <summary>The form key: <c>f.issuingBody</c>; a group's parts are <c>f.office.name</c>.</summary>
    public string InputName => "f." + Name;

    public string Id => "field-" + Name;

    /// <summary>What to type, shown before any error so nobody learns the format by failing.</summary>
    public string? Hint { get; init; }

    /// <summary>False for a field that always has a value (a non-nullable choice): no "—" option to pick by mistake.</summary>
    public bool AllowsEmpty { get; init; } = true;

    /// <summary>Set when the field holds another item's key: the editor searches published items instead.</summary>
    public ContentLinkAttribute? Link { get; init; }

    /// <summary>The title of the item the key points to, so the editor reads what was picked.</summary>
    public string? LinkedTitle { get; init; }
}
