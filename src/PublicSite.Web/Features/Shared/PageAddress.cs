using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// A content page's address on this site, <c>/{lang}/{section}/{slug}</c> (<see cref="SiteUrls.Item"/>), read back from
/// a path or a whole URL: which type, language and slug it names. The Traditional view (<c>/zh-hant/…</c>) shows the
/// Chinese variant, so it names that one.
/// </summary>
public sealed record PageAddress(ContentTypeDescriptor Type, SiteLanguage Language, string Slug)
{
    /// <summary>The page a path names, or null for anything else (a column's home, a form, a file, another site).</summary>
    public static PageAddress? From(string path, ContentTypeRegistry types)
    {
        var parts = path.Split('?', '#')[0].Trim('/').Split('/');
        if (parts.Length != 3 || types.FindBySection(parts[1]) is not { } type || parts[2].Length == 0)
        {
            return null;
        }
        var language = parts[0] == "zh-hant" ? SiteLanguage.Chinese : SiteLanguage.FromCode(parts[0]);
        return language is null ? null : new PageAddress(type, language, Uri.UnescapeDataString(parts[2]));
    }

    /// <summary>The page a link or pasted address names, when it is on this site (a path, or a URL on <paramref name="ownHost"/>).</summary>
    public static PageAddress? FromLink(string link, string? ownHost, ContentTypeRegistry types) =>
        PathOnSite(link, ownHost) is { } path ? From(path, types) : null;

    /// <summary>The path of a link to this site, or null for another site, a mail address or a part of the same page.</summary>
    public static string? PathOnSite(string link, string? ownHost)
    {
        if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal))
        {
            return link;
        }
        return Uri.TryCreate(link, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            && ownHost is { Length: > 0 } && string.Equals(url.Host, ownHost, StringComparison.OrdinalIgnoreCase)
            ? url.AbsolutePath
            : null;
    }

    /// <summary>The host of the configured public address, to recognise absolute links to this site.</summary>
    public static string? HostOf(string? baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) ? url.Host : null;
}
