using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace PublicSite.Web.Features.Traditional;

/// <summary>
/// Converts a rendered Chinese page (HTML, Atom or sitemap XML) to its Traditional reading: text and the
/// attributes people read (title, alt, aria-label, placeholder, meta content) are converted; links into
/// <c>/zh/…</c> lead to <c>/zh-hant/…</c>. Never touched: script, style and textarea content, input values that
/// post back, links that name their language (hreflang: the switch and alternates), and elements written in
/// another language (<c>lang="pt-PT"</c>) or marked <c>translate="no"</c> (the switch's 简体).
/// </summary>
public static partial class TraditionalMarkup
{
    private static readonly HashSet<string> ReadAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "alt", "aria-label", "aria-description", "placeholder", "content", "label",
    };

    private static readonly HashSet<string> LinkAttributes = new(StringComparer.OrdinalIgnoreCase) { "href", "action", "formaction" };

    private static readonly HashSet<string> RawTextElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea" };

    public static string Convert(string markup, TraditionalConverter converter, string baseUrl)
    {
        var result = new StringBuilder(markup.Length + 256);
        var links = SiteLinks(baseUrl);
        string? keptElement = null;
        var keptDepth = 0;
        var position = 0;
        while (position < markup.Length)
        {
            var open = markup.IndexOf('<', position);
            if (open < 0)
            {
                AppendText(markup[position..], keptElement is null, converter, result);
                break;
            }
            AppendText(markup[position..open], keptElement is null, converter, result);
            if (string.CompareOrdinal(markup, open, "<!--", 0, 4) == 0)
            {
                var endComment = markup.IndexOf("-->", open, StringComparison.Ordinal);
                var stop = endComment < 0 ? markup.Length : endComment + 3;
                result.Append(markup, open, stop - open);
                position = stop;
                continue;
            }
            var close = markup.IndexOf('>', open);
            if (close < 0)
            {
                result.Append(markup, open, markup.Length - open);
                break;
            }
            var tag = markup[open..(close + 1)];
            var match = TagName().Match(tag);
            if (!match.Success)
            {
                result.Append(tag);
                position = close + 1;
                continue;
            }
            var isEnd = match.Groups[1].Length > 0;
            var name = match.Groups[2].Value;
            if (keptElement is not null)
            {
                keptDepth += string.Equals(name, keptElement, StringComparison.OrdinalIgnoreCase) ? (isEnd ? -1 : 1) : 0;
                if (keptDepth == 0)
                {
                    keptElement = null;
                }
                result.Append(tag);
                position = close + 1;
                continue;
            }
            if (isEnd || tag.Length < name.Length + 3)
            {
                result.Append(tag);
            }
            else
            {
                var selfClosing = tag.EndsWith("/>", StringComparison.Ordinal);
                var otherLanguage = RewriteTag(tag, name, converter, links, result);
                if (otherLanguage && !selfClosing)
                {
                    keptElement = name;
                    keptDepth = 1;
                }
            }
            position = close + 1;
            if (!isEnd && RawTextElements.Contains(name))
            {
                var endTag = markup.IndexOf("</" + name, position, StringComparison.OrdinalIgnoreCase);
                var stop = endTag < 0 ? markup.Length : endTag;
                result.Append(markup, position, stop - position);
                position = stop;
            }
        }
        return result.ToString();
    }

    /// <summary>Writes the tag with its attributes converted; true when the element is written in another language.</summary>
    private static bool RewriteTag(string tag, string name, TraditionalConverter converter, Regex links, StringBuilder result)
    {
        var attributes = Attributes().Matches(tag);
        var hasHreflang = false;
        var otherLanguage = false;
        foreach (Match attribute in attributes)
        {
            var attributeName = attribute.Groups["name"].Value;
            if (attributeName.Equals("hreflang", StringComparison.OrdinalIgnoreCase))
            {
                hasHreflang = true;
            }
            // Kept as written: text in another language, and text marked translate="no" (the switch's 简体).
            if ((attributeName.Equals("lang", StringComparison.OrdinalIgnoreCase) && !Value(attribute).StartsWith("zh", StringComparison.OrdinalIgnoreCase))
                || (attributeName.Equals("translate", StringComparison.OrdinalIgnoreCase) && Value(attribute).Equals("no", StringComparison.OrdinalIgnoreCase)))
            {
                otherLanguage = true;
            }
        }
        var position = 0;
        foreach (Match attribute in attributes)
        {
            var value = attribute.Groups["value"];
            if (!value.Success)
            {
                continue;
            }
            var attributeName = attribute.Groups["name"].Value;
            string? replacement = null;
            if (LinkAttributes.Contains(attributeName) && !hasHreflang)
            {
                replacement = links.Replace(value.Value, "$1/zh-hant");
            }
            else if (!otherLanguage && ReadAttributes.Contains(attributeName))
            {
                // A meta content may be the page's own address (og:url): it follows the reading like a link.
                replacement = links.Replace(converter.Convert(value.Value), "$1/zh-hant");
            }
            if (replacement is not null && !ReferenceEquals(replacement, value.Value) && replacement != value.Value)
            {
                result.Append(tag, position, value.Index - position).Append(replacement);
                position = value.Index + value.Length;
            }
        }
        result.Append(tag, position, tag.Length - position);
        return otherLanguage;
    }

    private static string Value(Match attribute) => attribute.Groups["value"].Value;

    private static void AppendText(string text, bool convert, TraditionalConverter converter, StringBuilder result) =>
        result.Append(convert && text.Length > 0 ? converter.Convert(text) : text);

    /// <summary>Site paths into the Chinese pages (<c>/zh</c>, <c>/zh/…</c>, <c>/zh?…</c>), relative or on the site's own origin.</summary>
    private static Regex SiteLinks(string baseUrl) => LinkPatterns.GetOrAdd(baseUrl, static origin =>
        new($"^((?:{Regex.Escape(origin)})?)/zh(?=/|\\?|#|$)", RegexOptions.CultureInvariant));

    private static readonly ConcurrentDictionary<string, Regex> LinkPatterns = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^<(/?)([A-Za-z][A-Za-z0-9:-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\s(?<name>[^\s=/>""']+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s>""']+)))?")]
    private static partial Regex Attributes();
}
