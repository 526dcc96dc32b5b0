using System.Globalization;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.WorkingDays;

/// <summary>
/// China's official working days: Monday to Friday, less the public holidays, plus the weekend days worked in lieu
/// (调休), year by year as the State Council publishes them. Statutory clocks count in these days: 20 for a request
/// for information (条例 Art. 33), 5 for a business enquiry.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<int, CalendarFile> _years;

    public WorkingDayCalendar(IEnumerable<CalendarFile> years) => _years = years.ToDictionary(y => y.Year);

    /// <summary>The years filed in <c>Calendar/&lt;year&gt;.txt</c>, embedded in the assembly.</summary>
    public static WorkingDayCalendar FromEmbeddedFiles()
    {
        var assembly = typeof(WorkingDayCalendar).Assembly;
        var files = new List<CalendarFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var year = int.Parse(name[ResourcePrefix.Length..^".txt".Length], NumberStyles.None, CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            files.Add(CalendarFile.Parse(year, reader.ReadToEnd()));
        }
        return new WorkingDayCalendar(files);
    }

    internal const string ResourcePrefix = "WorkingDays.Calendar.";

    public CalendarYearStatus StatusOf(int year) => _years.TryGetValue(year, out var file) ? file.Status : CalendarYearStatus.NotFiled;

    public bool IsWorkingDay(DateOnly day)
    {
        if (_years.TryGetValue(day.Year, out var year))
        {
            if (year.Workdays.Contains(day))
            {
                return true;
            }
            if (year.Holidays.Contains(day))
            {
                return false;
            }
        }
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The first working day after <paramref name="day"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly day) => AddWorkingDays(day, 1);

    /// <summary>
    /// The <paramref name="count"/>-th working day after <paramref name="start"/>: the day a period of that many working
    /// days ends when it starts on <paramref name="start"/> (the first day of a period is not counted).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        while (count > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count--;
            }
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (first, last, sign) = to >= from ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var day = first.AddDays(1); day <= last; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return sign * count;
    }

    /// <summary>
    /// The day something received at <paramref name="receivedUtc"/> counts as received: that day in China if it is a
    /// working day and it came before the office closed, otherwise the next working day.
    /// </summary>
    public DateOnly ReceiptDay(DateTime receivedUtc, TimeOnly officeCloses)
    {
        var local = SiteClock.ToChina(receivedUtc);
        var day = DateOnly.FromDateTime(local);
        return IsWorkingDay(day) && TimeOnly.FromDateTime(local) < officeCloses ? day : NextWorkingDay(day);
    }
}
