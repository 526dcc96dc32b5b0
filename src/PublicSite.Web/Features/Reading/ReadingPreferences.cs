namespace PublicSite.Web.Features.Reading;

/// <summary>
/// The reader's text size and contrast (适老化 / 无障碍), kept in a cookie for the whole site so it follows them
/// across pages and languages, and written server-side as classes on <c>&lt;html&gt;</c>: no script needed.
/// </summary>
public sealed record ReadingPreferences(TextSize Size, bool HighContrast)
{
    public const string Cookie = "publicsite-reading";

    public static readonly ReadingPreferences Standard = new(TextSize.Standard, false);

    /// <summary>Classes for <c>&lt;html&gt;</c>; empty for the standard reading.</summary>
    public string HtmlClass => string.Join(' ', new[]
    {
        Size switch { TextSize.Large => "text-large", TextSize.ExtraLarge => "text-xlarge", _ => null },
        HighContrast ? "contrast-high" : null,
    }.Where(c => c is not null));

    public string CookieValue => $"{Size.ToString().ToLowerInvariant()}.{(HighContrast ? "high" : "standard")}";

    public static ReadingPreferences Of(HttpContext context) =>
        context.Request.Cookies[Cookie] is { } value && TryParse(value, out var preferences) ? preferences : Standard;

    public static bool TryParse(string value, out ReadingPreferences preferences)
    {
        preferences = Standard;
        var parts = value.Split('.');
        if (parts.Length != 2 || !TryParseSize(parts[0], out var size) || parts[1] is not ("high" or "standard"))
        {
            return false;
        }
        preferences = new(size, parts[1] == "high");
        return true;
    }

    public static bool TryParseSize(string? value, out TextSize size)
    {
        size = value switch
        {
            "standard" => TextSize.Standard,
            "large" => TextSize.Large,
            "extralarge" => TextSize.ExtraLarge,
            _ => (TextSize)(-1),
        };
        return Enum.IsDefined(size);
    }
}

public enum TextSize
{
    Standard,
    Large,
    ExtraLarge,
}
