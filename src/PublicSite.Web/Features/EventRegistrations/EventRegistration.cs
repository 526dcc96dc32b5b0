namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>
/// An enterprise's registration for an event. The company's facts and the chosen interests are kept in clear (not
/// personal data); the contact's name, email and phone and the participants' names and roles are encrypted with the
/// <see cref="Programmes.Applications.PersonalDataProtector"/>, with a masked email for the screen.
/// </summary>
public sealed class EventRegistration
{
    public Guid Id { get; set; }

    public required string ReferenceNumber { get; set; }

    /// <summary>The event's content key (stable across slug changes and languages).</summary>
    public required string EventKey { get; set; }

    /// <summary>When the event ends, copied at registration so the purge needs no content lookup.</summary>
    public DateTime EventEndsUtc { get; set; }

    /// <summary>Culture the registrant wrote in: their emails use it.</summary>
    public required string Language { get; set; }

    public required string Company { get; set; }

    public required string Country { get; set; }

    public required string ContactNameEncrypted { get; set; }

    public required string EmailEncrypted { get; set; }

    public required string EmailMasked { get; set; }

    public string? PhoneEncrypted { get; set; }

    /// <summary>The participants as JSON (<see cref="Participant"/> list), encrypted.</summary>
    public required string ParticipantsEncrypted { get; set; }

    /// <summary>Seats taken: one per participant.</summary>
    public int Seats { get; set; }

    /// <summary>Interests for one-to-one meetings, as the event listed them in the registrant's language, one a line.</summary>
    public required string Interests { get; set; }

    public RegistrationStatus Status { get; set; }

    public DateTime RegisteredUtc { get; set; }
}
