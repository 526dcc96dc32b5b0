using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Shared;

/// <summary>The public URL scheme: <c>/{lang}/{section}/{slug}</c>.</summary>
public static class SiteUrls
{
    public static string Home(SiteLanguage language) => $"/{language.Code}/";

    public static string Section(SiteLanguage language, string section) => $"/{language.Code}/{section}";

    public static string Item(SiteLanguage language, string section, string slug) =>
        $"/{language.Code}/{section}/{Uri.EscapeDataString(slug)}";
}
