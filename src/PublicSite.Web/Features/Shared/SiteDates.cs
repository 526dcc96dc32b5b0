using System.Globalization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// Dates written explicitly per language: 2017年5月5日 / 2017-05-05 in Chinese; 5 de Maio de 2017 / 05/05/2017
/// in Portuguese as written in Macau (capitalised months, which .NET's pt cultures do not give).
/// </summary>
public static class SiteDates
{
    private static readonly string[] PortugueseMonths =
    [
        "Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho",
        "Julho", "Agosto", "Setembro", "Outubro", "Novembro", "Dezembro",
    ];

    public static string Written(DateOnly date, SiteLanguage language) => language == SiteLanguage.Portuguese
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {PortugueseMonths[date.Month - 1]} de {date.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Numeric(DateOnly date, SiteLanguage language) => date.ToString(
        language == SiteLanguage.Portuguese ? "dd/MM/yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant shown in China time with its hour, e.g. 2027年4月30日 17:00.</summary>
    public static string WrittenWithTime(DateTimeOffset instant, SiteLanguage language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, SiteClock.China);
        var time = local.ToString("HH:mm", CultureInfo.InvariantCulture);
        return language == SiteLanguage.Portuguese
            ? $"{Written(DateOnly.FromDateTime(local.DateTime), language)}, {time} (hora de Pequim)"
            : $"{Written(DateOnly.FromDateTime(local.DateTime), language)} {time}（北京时间）";
    }

    /// <summary>
    /// The <c>PubDate</c> of the government-site norms, <c>yyyy-MM-dd HH:mm</c> in China time: the page's own date
    /// with the hour it went live when that was the same day; a document dated before it was put online (the seed's
    /// 2017 notices) has no known hour, and 00:00 says so rather than giving the upload's.
    /// </summary>
    public static string MetaPubDate(DateOnly date, DateTime? publishedAtUtc)
    {
        var time = publishedAtUtc is { } utc && SiteClock.ChinaDate(utc) == date ? SiteClock.ToChina(utc).TimeOfDay : TimeSpan.Zero;
        return date.ToDateTime(TimeOnly.FromTimeSpan(time)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
