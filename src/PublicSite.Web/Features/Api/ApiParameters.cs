using System.Globalization;
using System.Text.RegularExpressions;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// Parses query and route parameters taken as text, so a malformed value is a 400 problem naming the parameter
/// rather than the framework's bare 400 (which the site would turn into an HTML error page).
/// </summary>
public static partial class ApiParameters
{
    /// <summary>zh, pt, their cultures, or zh-Hant: the Chinese version, converted on the way out (<see cref="ApiTraditional"/>).</summary>
    public static SiteLanguage? Language(string? value, string name = "lang") =>
        string.IsNullOrEmpty(value) ? null
        : LanguageOrNull(value) ?? throw new ApiParameterException(name, $"'{value}' is not a language of the site; use zh, zh-Hant or pt.");

    /// <summary>The same, leniently: an unknown language is none (the search reads it so).</summary>
    public static SiteLanguage? LanguageOrNull(string? value) =>
        string.Equals(value, Traditional.TraditionalReading.Culture, StringComparison.OrdinalIgnoreCase) ? SiteLanguage.Chinese
        : SiteLanguage.All.FirstOrDefault(l => l.Code == value || string.Equals(l.Culture, value, StringComparison.OrdinalIgnoreCase));

    public static ContentTypeDescriptor? ContentType(ContentTypeRegistry types, string? value) =>
        string.IsNullOrEmpty(value) ? null
        : types.Find(value) ?? throw new ApiParameterException("type",
            $"'{value}' is not a content type; use one of {string.Join(", ", types.All.Select(t => t.Key))}.");

    public static long Position(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return 0;
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ApiParameterException(name, $"'{value}' is not a position of the change feed (a whole number from 0).");
    }

    /// <summary>An ISO 8601 instant; a date alone means its start in China time, as dates are written on the site.</summary>
    public static DateTime? Instant(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).UtcDateTime;
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            && value.Contains('T', StringComparison.Ordinal)
            ? instant.UtcDateTime
            : throw new ApiParameterException(name, $"'{value}' is not an ISO 8601 date or date-time (e.g. 2017-05-05 or 2017-05-05T09:00:00+08:00).");
    }

    public static Guid Id(string value, string name = "id") =>
        Guid.TryParse(value, out var id)
            ? id
            : throw new ApiParameterException(name, $"'{value}' is not an item id (a GUID such as 0196f1b2-…).");

    /// <summary>
    /// 索引号 as written (<c>014109568/2017-00012</c>, its slash percent-encoded in a URL) or in its slug form
    /// <c>014109568-2017-00012</c>; the organisation code has no hyphen, so the first hyphen stands for the slash.
    /// </summary>
    public static string IndexNumber(string value)
    {
        var text = Uri.UnescapeDataString(value).Trim().ToUpperInvariant();
        var match = IndexNumberForms().Match(text);
        return match.Success
            ? $"{match.Groups["org"].Value}/{match.Groups["year"].Value}-{match.Groups["seq"].Value}"
            : throw new ApiParameterException("indexNumber",
                $"'{value}' is not an index number: write it as 014109568/2017-00012 (slash encoded as %2F) or 014109568-2017-00012.");
    }

    [GeneratedRegex("^(?<org>[0-9A-Z]{9}|[0-9A-Z]{18})[/-](?<year>[0-9]{4})-(?<seq>[0-9]{5})$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexNumberForms();
}
