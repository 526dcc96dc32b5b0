using System.Globalization;
using PublicSite.Web.Features.InformationRequests;
using PublicSite.Web.Features.WorkingDays;
using PublicSite.Web.Tests.Applications;

namespace PublicSite.Web.Tests.InformationRequests;

public sealed class ReplyClockTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.FromEmbeddedFiles();

    private static DateTime Utc(string china) => DateTimeOffset.Parse(china, CultureInfo.InvariantCulture).UtcDateTime;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_request_received_before_the_Spring_Festival_is_due_after_the_holiday_and_both_working_Saturdays()
    {
        // Thursday 12 February 2026: 14 Feb (Saturday) worked, 15–23 Feb off, 28 Feb (Saturday) worked.
        Assert.Equal(D("2026-03-18"), new ReplyClock(Utc("2026-02-12T10:00:00+08:00")).Due(Calendar));
        // Friday 24 January 2025: 26 Jan (Sunday) worked, 28 Jan – 4 Feb off, 8 Feb (Saturday) worked.
        Assert.Equal(D("2025-02-27"), new ReplyClock(Utc("2025-01-24T10:00:00+08:00")).Due(Calendar));
    }

    [Fact]
    public void A_request_filed_on_28_September_2026_is_due_after_the_National_Day_week()
    {
        // 29–30 Sep, then 1–7 Oct off, 10 Oct (Saturday) worked: the 20th working day is Friday 30 October.
        Assert.Equal(D("2026-10-30"), new ReplyClock(Utc("2026-09-28T10:00:00+08:00")).Due(Calendar));
        Assert.Equal(D("2026-11-02"), new ReplyClock(Utc("2026-09-28T17:30:00+08:00")).Due(Calendar));
        Assert.Equal(D("2026-11-04"), new ReplyClock(Utc("2026-10-03T10:00:00+08:00")).Due(Calendar));
    }

    [Fact]
    public void A_request_received_at_the_end_of_the_year_counts_in_the_next_years_calendar()
    {
        // 1–3 January 2026 off, Sunday 4 January worked.
        Assert.Equal(D("2026-01-28"), new ReplyClock(Utc("2025-12-30T10:00:00+08:00")).Due(Calendar));
    }

    [Fact]
    public void An_extension_adds_twenty_working_days()
    {
        Assert.Equal(D("2026-11-27"), new ReplyClock(Utc("2026-09-28T10:00:00+08:00"), Extended: true).Due(Calendar));
    }

    [Fact]
    public void A_request_sent_back_for_correction_has_no_due_date_until_corrected_then_counts_from_the_correction()
    {
        var asked = new ReplyClock(Utc("2026-09-28T10:00:00+08:00"), CorrectionAskedUtc: Utc("2026-09-30T10:00:00+08:00"));
        Assert.True(asked.IsStopped);
        Assert.Null(asked.Due(Calendar));
        Assert.Null(asked.WorkingDaysLeft(Calendar, new SettableClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero))));
        Assert.False(asked.IsOverdue(Calendar, new SettableClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero))));

        var corrected = asked with { CorrectedUtc = Utc("2026-10-09T11:00:00+08:00") };
        Assert.False(corrected.IsStopped);
        Assert.Equal(D("2026-10-09"), corrected.ReceiptDay(Calendar));
        Assert.Equal(D("2026-11-05"), corrected.Due(Calendar));
    }

    [Theory]
    [InlineData("2026-10-29T09:00:00+08:00", 1, false)]
    [InlineData("2026-10-30T16:00:00+08:00", 0, false)]
    [InlineData("2026-10-31T09:00:00+08:00", 0, true)]  // Saturday after the due Friday
    [InlineData("2026-11-02T09:00:00+08:00", -1, true)]
    public void Days_left_and_overdue_follow_the_clock(string now, int daysLeft, bool overdue)
    {
        var clock = new ReplyClock(Utc("2026-09-28T10:00:00+08:00"));
        var time = new SettableClock(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));

        Assert.Equal(daysLeft, clock.WorkingDaysLeft(Calendar, time));
        Assert.Equal(overdue, clock.IsOverdue(Calendar, time));
    }
}
