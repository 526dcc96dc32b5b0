using System.Globalization;

namespace PublicSite.Web.Features.WorkingDays;

/// <summary>
/// One year of China's official calendar as kept in <c>Calendar/&lt;year&gt;.txt</c>: a status line, then
/// <c>holiday FROM[..TO] name</c> and <c>workday DATE name</c> lines (see 2025.txt).
/// </summary>
public sealed record CalendarFile(int Year, CalendarYearStatus Status, IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly> Workdays)
{
    public static CalendarFile Parse(int year, string text)
    {
        var status = CalendarYearStatus.NotFiled;
        var holidays = new HashSet<DateOnly>();
        var workdays = new HashSet<DateOnly>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            FormatException Bad(string why) => new($"calendar {year}, line {lineNumber}: {why}: {line}");
            switch (parts[0])
            {
                case "status" when parts.Length >= 2 && Enum.TryParse<CalendarYearStatus>(parts[1], ignoreCase: true, out var s) && s != CalendarYearStatus.NotFiled:
                    status = s;
                    break;
                case "holiday" when parts.Length >= 2:
                    var range = parts[1].Split("..");
                    var from = Date(range[0]) ?? throw Bad("not a date");
                    var to = range.Length == 2 ? Date(range[1]) ?? throw Bad("not a date") : from;
                    if (to < from)
                    {
                        throw Bad("range ends before it starts");
                    }
                    for (var day = from; day <= to; day = day.AddDays(1))
                    {
                        holidays.Add(day);
                    }
                    break;
                case "workday" when parts.Length >= 2:
                    var workday = Date(parts[1]) ?? throw Bad("not a date");
                    // A 调休 day is always a weekend day made a working day; anything else is a typing error.
                    if (workday.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                    {
                        throw Bad("a working day in lieu must be a Saturday or a Sunday");
                    }
                    workdays.Add(workday);
                    break;
                default:
                    throw Bad("expected 'status', 'holiday' or 'workday'");
            }
        }
        if (status == CalendarYearStatus.NotFiled)
        {
            throw new FormatException($"calendar {year}: no 'status official' or 'status provisional' line");
        }
        var outside = holidays.Concat(workdays).FirstOrDefault(d => d.Year != year);
        if (outside != default)
        {
            throw new FormatException($"calendar {year}: {outside:yyyy-MM-dd} belongs to another year's file");
        }
        if (holidays.Overlaps(workdays))
        {
            throw new FormatException($"calendar {year}: {holidays.Intersect(workdays).First():yyyy-MM-dd} is both a holiday and a working day");
        }
        return new CalendarFile(year, status, holidays, workdays);
    }

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
