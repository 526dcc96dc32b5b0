namespace PublicSite.Web.Features.EventRegistrations.Manager;

/// <summary>A registration decrypted for the office's screen and export; the phone stays masked.</summary>
public sealed record RegistrationRow(
    string Reference, RegistrationStatus Status, DateTime RegisteredUtc, string Company, string Country, string ContactName, string Email,
    string EmailMasked, string? PhoneMasked, IReadOnlyList<Participant> Participants, IReadOnlyList<string> Interests, string Language);
