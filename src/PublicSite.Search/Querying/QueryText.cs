using System.Globalization;
using System.Text;

namespace PublicSite.Search.Querying;

/// <summary>
/// User input made safe to analyse: control, format, private-use and unpaired surrogate characters become
/// spaces, whitespace is collapsed and the length is capped. Nothing here is query syntax: quotes, brackets,
/// <c>*:*</c> and markup are plain text to the analyzers.
/// </summary>
public static class QueryText
{
    public const int MaxLength = 200;

    public const int MaxUnits = 12;

    public static string Clean(string? input, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "";
        }
        var builder = new StringBuilder(Math.Min(input.Length, maxLength));
        var pendingSpace = false;
        // Rune enumeration turns an unpaired surrogate into U+FFFD, which is dropped like other non-text.
        foreach (var rune in input.EnumerateRunes())
        {
            if (builder.Length >= maxLength)
            {
                break;
            }
            if (Rune.IsWhiteSpace(rune) || !IsText(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(rune.ToString());
        }
        return builder.ToString().Trim();
    }

    /// <summary>The space-separated parts of a cleaned query, each of which a result must match.</summary>
    public static IReadOnlyList<string> Units(string clean) =>
        clean.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).Take(MaxUnits).ToList();

    private static bool IsText(Rune rune) => rune != Rune.ReplacementChar && Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
            or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
