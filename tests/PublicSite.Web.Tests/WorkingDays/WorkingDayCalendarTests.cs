using PublicSite.Web.Features.WorkingDays;

namespace PublicSite.Web.Tests.WorkingDays;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.FromEmbeddedFiles();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_years_2025_and_2026_are_filed_from_the_State_Councils_notices_and_2027_is_marked_provisional()
    {
        Assert.Equal(CalendarYearStatus.Official, Calendar.StatusOf(2025));
        Assert.Equal(CalendarYearStatus.Official, Calendar.StatusOf(2026));
        Assert.Equal(CalendarYearStatus.Provisional, Calendar.StatusOf(2027));
        Assert.Equal(CalendarYearStatus.NotFiled, Calendar.StatusOf(2028));
    }

    [Theory]
    [InlineData("2026-02-16", false)] // 除夕, a Monday
    [InlineData("2026-02-14", true)]  // Saturday worked for the Spring Festival (调休)
    [InlineData("2026-02-28", true)]
    [InlineData("2026-02-24", true)]
    [InlineData("2026-10-05", false)] // National Day week, a Monday
    [InlineData("2026-10-10", true)]  // Saturday worked for National Day
    [InlineData("2026-10-11", false)] // an ordinary Sunday
    [InlineData("2025-01-26", true)]  // Sunday worked for the 2025 Spring Festival
    [InlineData("2025-10-08", false)]
    [InlineData("2026-01-04", true)]
    [InlineData("2027-02-09", false)] // provisional: weekday off in lieu of the Spring Festival weekend
    public void Weekends_holidays_and_working_weekends_follow_the_official_calendar(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Fact]
    public void Five_working_days_for_a_business_enquiry_skip_the_Qingming_weekend()
    {
        // Thursday 2 April 2026; 4–6 April is Qingming (Saturday to Monday).
        Assert.Equal(D("2026-04-10"), Calendar.AddWorkingDays(D("2026-04-02"), 5));
        Assert.Equal(5, Calendar.WorkingDaysBetween(D("2026-04-02"), D("2026-04-10")));
        Assert.Equal(-5, Calendar.WorkingDaysBetween(D("2026-04-10"), D("2026-04-02")));
    }

    [Theory]
    [InlineData("2026-09-28T09:00:00+08:00", "2026-09-28")]
    [InlineData("2026-09-28T16:59:59+08:00", "2026-09-28")]
    [InlineData("2026-09-28T17:00:00+08:00", "2026-09-29")] // after the office closes
    [InlineData("2026-09-30T18:00:00+08:00", "2026-10-08")] // evening before the holiday week
    [InlineData("2026-10-03T10:00:00+08:00", "2026-10-08")] // during the holiday
    [InlineData("2026-10-10T10:00:00+08:00", "2026-10-10")] // a working Saturday is a working day
    [InlineData("2026-09-28T01:30:00Z", "2026-09-28")]      // 09:30 in China
    [InlineData("2026-09-27T23:30:00Z", "2026-09-28")]      // Monday 07:30 in China, still Sunday in UTC
    public void Something_received_after_17_00_or_on_a_day_off_counts_from_the_next_working_day(string received, string day) =>
        Assert.Equal(D(day), Calendar.ReceiptDay(DateTimeOffset.Parse(received, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, new TimeOnly(17, 0)));

    [Theory]
    [InlineData("workday 2026-10-12 not a weekend")]
    [InlineData("holiday 2026-10-07..2026-10-01 backwards")]
    [InlineData("holiday 2025-10-01 wrong year")]
    [InlineData("holiday 2026-13-01 no such month")]
    [InlineData("day 2026-10-01 unknown word")]
    public void A_mistyped_calendar_line_is_refused_with_its_line(string line)
    {
        var error = Assert.Throws<FormatException>(() => CalendarFile.Parse(2026, "status official\n" + line));
        Assert.Contains("2026", error.Message, StringComparison.Ordinal);
    }
}
