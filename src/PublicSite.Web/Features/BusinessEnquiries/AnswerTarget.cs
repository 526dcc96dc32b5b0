using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>
/// The office's service target for one enquiry: an answer within 5 working days (Changzhou's calendar) of the day it
/// counts as received. Enquiries after the office closes count from the next working day, as requests for information do.
/// </summary>
public sealed record AnswerTarget(DateTime ReceivedUtc)
{
    public const int WorkingDays = 5;

    public static readonly TimeOnly OfficeCloses = new(17, 0);

    public DateOnly Due(WorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(calendar.ReceiptDay(ReceivedUtc, OfficeCloses), WorkingDays);

    /// <summary>Working days from today (China) to the target: 0 on the last day, negative once overdue.</summary>
    public int WorkingDaysLeft(WorkingDayCalendar calendar, TimeProvider time) =>
        calendar.WorkingDaysBetween(SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime), Due(calendar));

    public bool IsOverdue(WorkingDayCalendar calendar, TimeProvider time) =>
        SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime) > Due(calendar);
}
