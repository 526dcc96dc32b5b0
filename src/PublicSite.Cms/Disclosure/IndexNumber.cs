using System.Globalization;
using System.Text.RegularExpressions;
using PublicSite.Cms.Content.Types;

namespace PublicSite.Cms.Disclosure;

/// <summary>索引号: <c>{organisation code (9) or unified social credit code (18)}/{YYYY}-{NNNNN}</c>.</summary>
public sealed partial record IndexNumber(string OrganisationCode, int Year, int Sequence)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{OrganisationCode}/{Year:D4}-{Sequence:D5}");

    public static bool IsOrganisationCode(string? code) => code is not null && OrganisationCodeShape().IsMatch(code);

    public static IndexNumber? TryParse(string? text)
    {
        if (text is null || !Regex.IsMatch(text, DisclosedDocument.IndexNumberPattern))
        {
            return null;
        }
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        return new IndexNumber(
            text[..slash],
            int.Parse(text.AsSpan(slash + 1, 4), CultureInfo.InvariantCulture),
            int.Parse(text.AsSpan(slash + 6, 5), CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("^([0-9A-Z]{9}|[0-9A-Z]{18})$")]
    private static partial Regex OrganisationCodeShape();
}
