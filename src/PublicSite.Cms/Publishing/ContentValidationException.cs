using System.ComponentModel.DataAnnotations;

namespace PublicSite.Cms.Publishing;

/// <summary>A save refused by the content type's rules; carries one message per field for the form.</summary>
public sealed class ContentValidationException(IReadOnlyList<ValidationResult> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{string.Join(",", e.MemberNames)}: {e.ErrorMessage}")))
{
    public IReadOnlyList<ValidationResult> Errors { get; } = errors;

    public static ContentValidationException For(string field, string message) =>
        new([new ValidationResult(message, [field])]);
}
