namespace PublicSite.Web.Features.PersonalData;

/// <summary>A check of a personal-data form that failed: the form field (its property name) and the message's resource key.</summary>
public sealed record FieldError(string Field, string MessageKey);
