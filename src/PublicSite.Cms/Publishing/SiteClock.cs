namespace PublicSite.Cms.Publishing;

/// <summary>Times are stored in UTC and shown in China Standard Time (Asia/Shanghai, no daylight saving).</summary>
public static class SiteClock
{
    public static TimeZoneInfo China { get; } = FindChina();

    public static DateTime ToChina(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), China);

    public static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(ToChina(utc));

    private static TimeZoneInfo FindChina()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // Images without tzdata: China has kept UTC+8 without daylight saving since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "CST");
        }
    }
}
