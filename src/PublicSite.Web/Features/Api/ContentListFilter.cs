using System.Globalization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Reading;

namespace PublicSite.Web.Features.Api;

/// <summary>What a consumer asked of the content list, already parsed.</summary>
public sealed record ContentListFilter(
    ContentTypeDescriptor? Type,
    SiteLanguage? Language,
    int Page,
    int PageSize,
    DateTime? UpdatedSince,
    ListCursor? Cursor)
{
    /// <summary>One item more than a page, to know whether a next page exists without counting again.</summary>
    public NewestQuery ToQuery() => new(
        Type, Language, UpdatedSince,
        Cursor is { } cursor ? new PublicationPosition(cursor.PublishAt, cursor.VariantId) : null,
        Skip: Cursor is null ? (Page - 1) * PageSize : 0, Take: PageSize + 1, CountTotal: true);

    /// <summary>The query string of the page after <paramref name="cursor"/>, keeping every filter.</summary>
    public string NextQuery(string cursor)
    {
        var query = new List<string>();
        if (Type is { } type)
        {
            query.Add("type=" + type.Key);
        }
        if (Language is { } language)
        {
            query.Add("lang=" + language.Code);
        }
        query.Add("pageSize=" + PageSize.ToString(CultureInfo.InvariantCulture));
        if (UpdatedSince is { } since)
        {
            query.Add("updatedSince=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)));
        }
        query.Add("cursor=" + cursor);
        return "/content?" + string.Join('&', query);
    }
}
