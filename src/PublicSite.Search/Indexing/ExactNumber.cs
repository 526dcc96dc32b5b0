using System.Text;
using System.Text.RegularExpressions;
using PublicSite.Search.Analysis;

namespace PublicSite.Search.Indexing;

/// <summary>
/// The one spelling of an index number (索引号) or document number (文件编号) for exact look-up: Traditional
/// characters, full-width digits, spaces, other brackets (【】, [], （）) and the slug form of an index number
/// (<c>014109568-2017-00012</c>) are all brought to the form written on the document.
/// </summary>
public static partial class ExactNumber
{
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in ChineseFolding.Fold(text))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            builder.Append(c switch
            {
                '[' or '(' or '（' or '［' or '【' or '〔' or '{' => '〔',
                ']' or ')' or '）' or '］' or '】' or '〕' or '}' => '〕',
                _ => char.ToUpperInvariant(c),
            });
        }
        var normalized = builder.ToString();
        return SlugForm().Replace(normalized, "$1/$2-$3");
    }

    [GeneratedRegex(@"^([0-9A-Z]{9}|[0-9A-Z]{18})-([0-9]{4})-([0-9]{5})$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugForm();
}
