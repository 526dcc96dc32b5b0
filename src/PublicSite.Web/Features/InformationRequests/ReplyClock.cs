using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// The statutory clock of one request for information: the reply is due 20 working days after receipt (条例 Art. 33),
/// 20 more once extended; a request sent back for correction (补正, Art. 30) has no due date until it is corrected, and
/// the period then counts from the day the corrected request is received.
/// </summary>
public sealed record ReplyClock(DateTime ReceivedUtc, bool Extended = false, DateTime? CorrectionAskedUtc = null, DateTime? CorrectedUtc = null)
{
    public const int WorkingDays = 20;

    public const int ExtensionWorkingDays = 20;

    /// <summary>Online requests after the office closes count as received on the next working day (the guide says so).</summary>
    public static readonly TimeOnly OfficeCloses = new(17, 0);

    /// <summary>Waiting for the applicant's correction: the clock stands still.</summary>
    public bool IsStopped => CorrectionAskedUtc is { } asked && (CorrectedUtc is not { } corrected || corrected < asked);

    public DateOnly ReceiptDay(WorkingDayCalendar calendar) =>
        calendar.ReceiptDay(CorrectedUtc is { } corrected && !IsStopped ? corrected : ReceivedUtc, OfficeCloses);

    /// <summary>The last day of the reply period in China, or nothing while the clock is stopped.</summary>
    public DateOnly? Due(WorkingDayCalendar calendar) =>
        IsStopped ? null : calendar.AddWorkingDays(ReceiptDay(calendar), WorkingDays + (Extended ? ExtensionWorkingDays : 0));

    /// <summary>Working days from today (China) to the due date: 0 on the last day, negative once overdue.</summary>
    public int? WorkingDaysLeft(WorkingDayCalendar calendar, TimeProvider time) =>
        Due(calendar) is { } due ? calendar.WorkingDaysBetween(SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime), due) : null;

    public bool IsOverdue(WorkingDayCalendar calendar, TimeProvider time) =>
        Due(calendar) is { } due && SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime) > due;
}
