namespace PublicSite.Web.Features.Shared;

/// <summary>One labelled input of the application form, with its hint and error wired up for screen readers.</summary>
public sealed record FormFieldView(
    string Name,
    string Label,
    string RequiredMark,
    string? Hint,
    string? Error,
    string? Value,
    string ErrorPrefix,
    string Type = "text",
    string? Autocomplete = null,
    bool IsRequired = true,
    int? MaxLength = null,
    string? InputMode = null)
{
    public string Id => "Form_" + Name;

    public string FormName => "Form." + Name;

    /// <summary>The ids of the hint and the error, for <c>aria-describedby</c>.</summary>
    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
