using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PublicSite.Cms.Content.Types;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>
/// The <c>.ics</c> attached to a confirmation: one VEVENT with its times in UTC (every calendar converts UTC to its
/// owner's zone, so no VTIMEZONE for Asia/Shanghai is needed), the venue and the page's address.
/// </summary>
public static class EventCalendarFile
{
    public const string MediaType = "text/calendar";

    public static string Write(string uid, string title, BusinessEvent details, string pageUrl, DateTime stampUtc)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = uid,
            Summary = title,
            Location = details.Venue,
            Url = new Uri(pageUrl),
            Description = pageUrl,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc)),
            DtStart = new CalDateTime(details.StartsAt!.Value.UtcDateTime),
            DtEnd = new CalDateTime((details.EndsAt ?? details.StartsAt!.Value).UtcDateTime),
        };
        var calendar = new Calendar { Method = "PUBLISH", ProductId = "-//Changzhou HK and Macao Affairs Office//PublicSite//EN" };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
