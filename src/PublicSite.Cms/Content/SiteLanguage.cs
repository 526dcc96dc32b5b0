namespace PublicSite.Cms.Content;

/// <summary>A language the site publishes in: the short code used in URLs and the culture name stored with content.</summary>
public sealed record SiteLanguage(string Code, string Culture)
{
    public static readonly SiteLanguage Chinese = new("zh", "zh-CN");
    public static readonly SiteLanguage Portuguese = new("pt", "pt-PT");

    /// <summary>All languages, the primary (Chinese) first.</summary>
    public static IReadOnlyList<SiteLanguage> All { get; } = [Chinese, Portuguese];

    public static SiteLanguage? FromCode(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));

    public static SiteLanguage? FromCulture(string? culture) =>
        All.FirstOrDefault(l => string.Equals(l.Culture, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>The other language of the pair, for switchers and "also available in" notices.</summary>
    public SiteLanguage Other => this == Chinese ? Portuguese : Chinese;
}
