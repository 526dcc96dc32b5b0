using Microsoft.AspNetCore.WebUtilities;
using PublicSite.Web.Features.Traditional;

namespace PublicSite.Web.Features.Reading;

/// <summary>One link of the reading options, pointing back at the page as the reader sees it.</summary>
public sealed record ReadingChoice(string TextKey, string Href, bool IsCurrent)
{
    public static IReadOnlyList<ReadingChoice> For(HttpContext context, string languageCode)
    {
        var current = ReadingPreferences.Of(context);
        var path = (context.Request.Path.Value ?? "/") + context.Request.QueryString;
        var back = TraditionalReading.IsOn(context) ? TraditionalReading.PathOf(path) : path;
        string Link(string name, string value) =>
            QueryHelpers.AddQueryString($"/{languageCode}/reading", new Dictionary<string, string?> { [name] = value, ["return"] = back });
        return
        [
            new("SizeStandard", Link("size", "standard"), current.Size == TextSize.Standard),
            new("SizeLarge", Link("size", "large"), current.Size == TextSize.Large),
            new("SizeExtraLarge", Link("size", "extralarge"), current.Size == TextSize.ExtraLarge),
            current.HighContrast
                ? new("ContrastStandard", Link("contrast", "standard"), false)
                : new("ContrastHigh", Link("contrast", "high"), false),
        ];
    }
}
