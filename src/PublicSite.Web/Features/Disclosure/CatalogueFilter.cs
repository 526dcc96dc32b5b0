using Microsoft.AspNetCore.Mvc;
using PublicSite.Cms.Reading;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>The catalogue's filters as they stand in the URL (<c>?year=2017&amp;body=fao&amp;category=plans</c>).</summary>
public sealed record CatalogueFilter
{
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    [FromQuery(Name = "body")]
    public string? Body { get; init; }

    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    [FromQuery(Name = "subject")]
    public string? Subject { get; init; }

    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    /// <summary>A year that is not a number filters nothing rather than failing.</summary>
    public int? YearNumber => int.TryParse(Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;

    public int PageNumber => int.TryParse(Page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : 1;

    public bool IsEmpty => YearNumber is null && Body is null && Category is null && Subject is null;

    public CatalogueSelection ToSelection() => new(YearNumber, Body, Category, Subject, PageNumber);

    /// <summary>The query string for this filter on another page, keeping every active filter.</summary>
    public string ToQuery(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("year", YearNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("body", Body);
        Add("category", Category);
        Add("subject", Subject);
        if (page is > 1)
        {
            Add("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
