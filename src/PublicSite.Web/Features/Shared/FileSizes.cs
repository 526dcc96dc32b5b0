using System.Globalization;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Shared;

/// <summary>File sizes as readers expect them: 4.6 KB in Chinese, 4,6 KB in Portuguese.</summary>
public static class FileSizes
{
    public static string Format(long bytes, SiteLanguage language)
    {
        var culture = CultureInfo.GetCultureInfo(language.Culture);
        return bytes switch
        {
            < 1024 => string.Create(culture, $"{bytes} B"),
            < 1024 * 1024 => string.Create(culture, $"{bytes / 1024.0:0.#} KB"),
            _ => string.Create(culture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        };
    }
}
