namespace PublicSite.Web.Features.Api;

/// <summary>
/// Endpoint metadata: how long clients may reuse this endpoint's answers, when it differs from
/// <see cref="ApiOptions.MaxAge"/>. Zero means <c>no-cache</c>: keep the answer, but revalidate it (a 304) every time.
/// </summary>
public sealed record ApiFreshness(TimeSpan MaxAge);
