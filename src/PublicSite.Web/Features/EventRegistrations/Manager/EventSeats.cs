namespace PublicSite.Web.Features.EventRegistrations.Manager;

/// <summary>An event as the manager lists it: seats taken of its capacity and registrations on the waiting list.</summary>
public sealed record EventSeats(string Key, string Title, DateTimeOffset? StartsAt, int? Capacity, int SeatsTaken, int Confirmed, int Waiting);
