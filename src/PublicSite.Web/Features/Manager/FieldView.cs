using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PublicSite.Web.Features.Manager;

/// <summary>A labelled input with its error beside it, the one shape every manager form field takes.</summary>
public sealed record FieldView(
    string Name,
    string Label,
    string? Value,
    string Type,
    string? Autocomplete,
    ModelStateDictionary ModelState,
    string? Hint = null,
    bool Required = true)
{
    public string Id => "field-" + Name.Replace('.', '-');

    public IEnumerable<string> Errors =>
        ModelState.TryGetValue(Name, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];
}
