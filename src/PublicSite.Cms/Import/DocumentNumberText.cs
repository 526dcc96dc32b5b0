using System.Text.RegularExpressions;

namespace PublicSite.Cms.Import;

/// <summary>发文字号 in any bracket a typist used (〔〕 [] ［］ 【】 () （） 〈〉), normalised to GB/T 9704's 〔〕.</summary>
public static partial class DocumentNumberText
{
    [GeneratedRegex(@"^(?<prefix>\p{IsCJKUnifiedIdeographs}{2,12})\s*[〔\[［【(（〈<]\s*(?<year>\d{4})\s*[〕\]］】)）〉>]\s*(?<n>\d{1,4})\s*号$")]
    private static partial Regex Shape();

    public static string? Normalise(string text)
    {
        var match = Shape().Match(text.Trim());
        return match.Success ? $"{match.Groups["prefix"].Value}〔{match.Groups["year"].Value}〕{match.Groups["n"].Value}号" : null;
    }
}
