using System.Globalization;
using System.Text.RegularExpressions;

namespace PublicSite.Cms.Import;

/// <summary>成文日期 as notices write it: 2017年5月5日, 2017年05月05日 or in Chinese numerals 二〇一七年五月五日.</summary>
public static partial class OfficialDate
{
    [GeneratedRegex(@"^(?<y>\d{4}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$")]
    private static partial Regex Shape();

    /// <summary>The date when the whole text is one, else null (so a sentence mentioning a date is not taken for one).</summary>
    public static DateOnly? Parse(string text)
    {
        var match = Shape().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }
        var year = Year(match.Groups["y"].Value);
        var month = Number(match.Groups["m"].Value);
        var day = Number(match.Groups["d"].Value);
        if (year is null || month is not (>= 1 and <= 12) || day is null || day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))
        {
            return null;
        }
        return new DateOnly(year.Value, month.Value, day.Value);
    }

    private static int? Year(string text)
    {
        if (char.IsAsciiDigit(text[0]))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }
        var year = 0;
        foreach (var c in text)
        {
            year = year * 10 + Digit(c);
        }
        return year is >= 1900 and <= 9999 ? year : null;
    }

    /// <summary>Arabic, or Chinese up to 三十一: 五, 十, 十二, 二十, 二十一.</summary>
    private static int? Number(string text)
    {
        if (char.IsAsciiDigit(text[0]))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 ? Digit(text[0]) : null;
        }
        var tens = ten == 0 ? 1 : Digit(text[0]);
        var units = ten == text.Length - 1 ? 0 : Digit(text[^1]);
        return ten > 1 || text.Length > 3 ? null : tens * 10 + units;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '○' or '零' or 'Ｏ' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => 0,
    };
}
