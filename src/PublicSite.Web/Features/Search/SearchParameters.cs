using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PublicSite.Cms.Content;
using PublicSite.Search.Querying;

namespace PublicSite.Web.Features.Search;

/// <summary>
/// A search's query string (<c>q</c>, <c>scope</c>, <c>type</c>, <c>year</c>, <c>body</c>, <c>sort</c>, <c>page</c>),
/// read leniently for the page and the API alike: a value that cannot be read is ignored, never an error.
/// </summary>
public sealed partial record SearchParameters(string? Q, bool Both, string? Type, int? Year, string? Body, SearchSort Sort, int Page)
{
    public static SearchParameters From(SearchQuery query)
    {
        var page = int.TryParse(query.Page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? Math.Min(n, SiteSearch.MaxPage) : 1;
        return new SearchParameters(
            query.Q,
            string.Equals(query.Scope, "both", StringComparison.Ordinal),
            Key(query.Type),
            SiteSearch.ParseYear(query.Year),
            Key(query.Body),
            string.Equals(query.Sort, "date", StringComparison.Ordinal) ? SearchSort.Date : SearchSort.Relevance,
            page);
    }

    public SearchRequest ToRequest(SiteLanguage language, int pageSize) => new()
    {
        Query = Q, Languages = Both ? [] : [language.Culture], Type = Type, Year = Year, IssuingBody = Body, Sort = Sort, Page = Page, PageSize = pageSize,
    };

    /// <summary>The query string of these parameters, defaults left out, e.g. <c>?q=%E6%B8%AF%E6%BE%B3&amp;type=news</c>.</summary>
    public string ToQueryString()
    {
        var parts = new StringBuilder();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Append(parts.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }
        Add("q", QueryText.Clean(Q));
        Add("scope", Both ? "both" : null);
        Add("type", Type);
        Add("year", Year?.ToString(CultureInfo.InvariantCulture));
        Add("body", Body);
        Add("sort", Sort == SearchSort.Date ? "date" : null);
        Add("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
        return parts.ToString();
    }

    private static string? Key(string? value) => value is not null && KeyPattern().IsMatch(value) ? value : null;

    [GeneratedRegex("^[a-z0-9-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
