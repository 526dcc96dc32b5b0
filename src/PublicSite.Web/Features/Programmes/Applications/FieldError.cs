namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>A check that failed: the form field (property name of <see cref="ApplicationForm"/>) and the message's resource key.</summary>
public sealed record FieldError(string Field, string MessageKey);
