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
}
