using System.ComponentModel.DataAnnotations;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Content.Types;

/// <summary>
/// An event the office runs for enterprises (a matchmaking meeting, a seminar) with online registration. Times are
/// instants (stored UTC, written with +08:00 in the seed, shown in Asia/Shanghai); capacity counts participants.
/// </summary>
[ContentType("event", "events")]
public sealed class BusinessEvent : IPageMetadata
{
    [Field(FieldScope.Shared, Label = "StartsAt"), Required(ErrorMessage = ValidationMessages.Required)]
    public DateTimeOffset? StartsAt { get; set; }

    [Field(FieldScope.Shared, Label = "EndsAt"), Required(ErrorMessage = ValidationMessages.Required)]
    public DateTimeOffset? EndsAt { get; set; }

    /// <summary>Registration closes at this instant (or when the event starts, if earlier).</summary>
    [Field(FieldScope.Shared, Label = "RegistrationDeadline"), Required(ErrorMessage = ValidationMessages.Required)]
    public DateTimeOffset? RegistrationDeadline { get; set; }

    /// <summary>Seats for participants; past it, registrations go to the waiting list.</summary>
    [Field(FieldScope.Shared, Label = "Capacity"), Required(ErrorMessage = ValidationMessages.Required), Range(1, 10000, ErrorMessage = ValidationMessages.OutOfRange)]
    public int? Capacity { get; set; }

    [Field(FieldScope.Localized, Label = "Venue"), MaxLength(500, ErrorMessage = ValidationMessages.TooLong)]
    public string? Venue { get; set; }

    [Field(FieldScope.Localized, Label = "InterpretationLanguages")]
    public List<string> InterpretationLanguages { get; set; } = [];

    /// <summary>What registrants can tick as interests for one-to-one meetings (sectors, topics).</summary>
    [Field(FieldScope.Localized, Label = "MeetingInterests")]
    public List<string> MeetingInterests { get; set; } = [];

    [Field(FieldScope.Localized, Label = "Contact"), DataType(DataType.MultilineText)]
    public string? Contact { get; set; }

    [Field(FieldScope.Localized, Label = "MetaDescription"), MaxLength(200, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? MetaDescription { get; set; }

    [Field(FieldScope.Localized, Label = "SocialTitle"), MaxLength(120, ErrorMessage = ValidationMessages.TooLong)]
    public string? SocialTitle { get; set; }

    public bool IsRegistrationOpenAt(DateTimeOffset now) =>
        RegistrationDeadline is { } deadline && now < deadline && (StartsAt is not { } start || now < start);
}
