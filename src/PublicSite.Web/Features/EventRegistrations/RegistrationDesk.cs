using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.EventRegistrations.Data;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>
/// Takes a valid registration: the deadline and the seats left are read at the moment of posting, inside one write
/// serialised transaction per event (SQLite's <c>BEGIN IMMEDIATE</c>; PostgreSQL's advisory lock on the event), so
/// two posts can never both take the last seat: the second waits for the first, then counts its seat.
/// </summary>
public sealed class RegistrationDesk(EventRegistrationsDbContext db, PersonalDataProtector protector, TimeProvider time, RegistrationMail mail)
{
    // No 0/O or 1/I: the reference is read out on the telephone.
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public async Task<(RegistrationOutcome Outcome, EventRegistration? Registration)> RegisterAsync(
        RegistrableEvent listing, RegistrationForm form, string culture, CancellationToken cancellationToken)
    {
        var (eventKey, details) = (listing.Key, listing.Details);
        var participants = form.FilledParticipants();
        var email = form.Email!.Trim();
        EventRegistration registration;
        await using (var transaction = await db.Database.BeginSerialisedWriteAsync("event-seats:" + eventKey, cancellationToken))
        {
            var now = time.GetUtcNow();
            if (!details.IsRegistrationOpenAt(now))
            {
                return (RegistrationOutcome.Closed, null);
            }
            var taken = await db.Registrations.Where(r => r.EventKey == eventKey && r.Status == RegistrationStatus.Confirmed)
                .SumAsync(r => r.Seats, cancellationToken);
            registration = new EventRegistration
            {
                Id = Guid.CreateVersion7(),
                ReferenceNumber = $"EV-{SiteClock.ChinaDate(now.UtcDateTime):yyyyMMdd}-{RandomNumberGenerator.GetString(ReferenceAlphabet, 6)}",
                EventKey = eventKey,
                EventEndsUtc = (details.EndsAt ?? details.StartsAt ?? now).UtcDateTime,
                Language = culture,
                Company = form.Company!.Trim(),
                Country = form.Country!.Trim(),
                ContactNameEncrypted = protector.Protect(form.ContactName!.Trim()),
                EmailEncrypted = protector.Protect(email),
                EmailMasked = PersonalDataMask.Email(email),
                PhoneEncrypted = string.IsNullOrWhiteSpace(form.Phone) ? null : protector.Protect(form.Phone.Trim()),
                ParticipantsEncrypted = protector.Protect(JsonSerializer.Serialize(participants)),
                Seats = participants.Count,
                Interests = string.Join('\n', form.Interests.Distinct(StringComparer.Ordinal)),
                // A group that does not fit in the seats left waits as a whole: the office splits groups, not the form.
                Status = taken + participants.Count <= details.Capacity ? RegistrationStatus.Confirmed : RegistrationStatus.WaitingList,
                RegisteredUtc = now.UtcDateTime,
            };
            db.Registrations.Add(registration);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await mail.SendRegistrationAsync(registration, form.ContactName.Trim(), email, listing, cancellationToken);
        return (registration.Status == RegistrationStatus.Confirmed ? RegistrationOutcome.Confirmed : RegistrationOutcome.WaitingList, registration);
    }

    public IReadOnlyList<Participant> ParticipantsOf(EventRegistration registration) =>
        JsonSerializer.Deserialize<List<Participant>>(protector.Unprotect(registration.ParticipantsEncrypted)) ?? [];
}
