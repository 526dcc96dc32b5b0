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

    /// <summary>The answer was converted by its endpoint (before its ETag was computed): <see cref="TraditionalConversion"/> passes it through.</summary>
    public bool IsConverted { get; private set; }

    /// <summary>
    /// An endpoint's markup body as this request reads it: converted for a <c>/zh-hant</c> request, so that a hash
    /// of it (an ETag, a 304) is of the bytes sent; as given otherwise.
    /// </summary>
    public static byte[] Read(HttpContext context, byte[] markup)
    {
        if (context.Features.Get<TraditionalReading>() is not { } reading)
        {
            return markup;
        }
        var converter = context.RequestServices.GetRequiredService<TraditionalConverter>();
        var converted = System.Text.Encoding.UTF8.GetBytes(TraditionalMarkup.Convert(System.Text.Encoding.UTF8.GetString(markup), converter, Shared.PublicAddress.BaseUrl(context)));
        reading.IsConverted = true;
        return converted;
    }

    /// <summary><c>/zh/…</c> → <c>/zh-hant/…</c>; other paths are returned as they are.</summary>
    public static string PathOf(string chinesePath) =>
        chinesePath == "/zh" || chinesePath.StartsWith("/zh/", StringComparison.Ordinal) || chinesePath.StartsWith("/zh?", StringComparison.Ordinal)
            ? PathPrefix + chinesePath[3..]
            : chinesePath;
}
