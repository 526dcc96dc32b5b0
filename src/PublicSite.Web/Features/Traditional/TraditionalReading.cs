namespace PublicSite.Web.Features.Traditional;

/// <summary>
/// The request feature saying "this Chinese page is read in Traditional characters": set for <c>/zh-hant/…</c>,
/// whose path is rewritten to the Chinese page's <c>/zh/…</c> so the same handlers answer.
/// </summary>
public sealed class TraditionalReading
{
    public const string PathPrefix = "/zh-hant";

    /// <summary>The BCP 47 tag of the reading (pages' <c>lang</c>, hreflang, the API's <c>lang</c>).</summary>
    public const string Culture = "zh-Hant";

    public static bool IsOn(HttpContext context) => context.Features.Get<TraditionalReading>() is not null;

    /// <summary><c>/zh/…</c> → <c>/zh-hant/…</c>; other paths are returned as they are.</summary>
    public static string PathOf(string chinesePath) =>
        chinesePath == "/zh" || chinesePath.StartsWith("/zh/", StringComparison.Ordinal) || chinesePath.StartsWith("/zh?", StringComparison.Ordinal)
            ? PathPrefix + chinesePath[3..]
            : chinesePath;
}
