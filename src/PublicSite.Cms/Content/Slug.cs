using System.Globalization;
using System.Text;

namespace PublicSite.Cms.Content;

/// <summary>
/// Unicode-safe slugs: letters and digits of every script are kept (a Chinese title gives a Chinese slug,
/// which browsers show as typed and send percent-encoded); everything else becomes a single hyphen.
/// </summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string FromTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }
        var builder = new StringBuilder(title.Length);
        foreach (var rune in title.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
            if (builder.Length >= MaxLength)
            {
                break;
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>A disclosed document's slug is its index number with '/' written as '-'.</summary>
    public static string FromIndexNumber(string indexNumber) =>
        indexNumber.Trim().Replace('/', '-').ToUpper(CultureInfo.InvariantCulture);

    /// <summary>A slug an editor typed, normalised the same way as a generated one.</summary>
    public static string Normalize(string slug) => FromTitle(slug);
}
