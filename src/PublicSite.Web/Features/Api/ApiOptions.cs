using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Api;

/// <summary>Settings of the content API (section <c>Api</c>; environment <c>Api__PermitLimit</c> etc.).</summary>
public sealed class ApiOptions : IValidatableObject
{
    public const string SectionName = "Api";

    /// <summary>Origins (scheme, host, port) whose browser scripts may read the API, e.g. a partner's web app.</summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Requests one client address may make per window before it is answered 429.</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 600;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;

    /// <summary>How long clients and shared caches may reuse an answer without asking again.</summary>
    [Range(0, 86_400)]
    public int MaxAgeSeconds { get; set; } = 60;

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);

    public TimeSpan MaxAge => TimeSpan.FromSeconds(MaxAgeSeconds);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // An origin is scheme://host[:port] and nothing else; a path or a wildcard would never match (or match too much).
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
                || uri.GetLeftPart(UriPartial.Authority) != origin.TrimEnd('/'))
            {
                yield return new ValidationResult($"'{origin}' is not an origin (scheme://host[:port]).", [nameof(AllowedOrigins)]);
            }
        }
    }
}
