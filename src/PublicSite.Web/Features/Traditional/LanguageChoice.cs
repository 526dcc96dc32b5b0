using PublicSite.Cms.Content;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Traditional;

/// <summary>One entry of the three-way switch 简体 / 繁體 / Português, pointing at the page the reader is on.</summary>
public sealed record LanguageChoice(string Culture, string Name, string Path, bool IsCurrent)
{
    /// <summary>
    /// The same page in each reading. The current language keeps the request's own path and query (a search stays
    /// a search); the other language is the page's switch path (its translation, or a page saying there is none).
    /// </summary>
    public static IReadOnlyList<LanguageChoice> For(HttpContext context, PageMeta meta)
    {
        var traditional = TraditionalReading.IsOn(context);
        var language = meta.Language;
        var path = context.Request.Path.Value ?? "";
        var own = path.StartsWith($"/{language.Code}", StringComparison.Ordinal) && HttpMethods.IsGet(context.Request.Method)
            ? path + context.Request.QueryString
            : meta.CanonicalPath ?? SiteUrls.Home(language);
        var other = meta.SwitchPath ?? SiteUrls.Home(language.Other);
        var chinese = language == SiteLanguage.Chinese ? own : other;
        var portuguese = language == SiteLanguage.Portuguese ? own : other;
        return
        [
            // Language names are written in their own language and script, the same on every page.
            new(SiteLanguage.Chinese.Culture, "简体", chinese, language == SiteLanguage.Chinese && !traditional),
            new(TraditionalReading.Culture, "繁體", TraditionalReading.PathOf(chinese), language == SiteLanguage.Chinese && traditional),
            new(SiteLanguage.Portuguese.Culture, "Português", portuguese, language == SiteLanguage.Portuguese),
        ];
    }
}
