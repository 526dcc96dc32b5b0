using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PublicSite.Web.Features.Search;

/// <summary>
/// The query string of <c>GET /api/v1/search</c>, bound with <c>[AsParameters]</c> so the OpenAPI document lists every
/// parameter. Read leniently like the search page (<see cref="SearchParameters"/>): a value that cannot be read is
/// ignored, never an error, because people type searches and programs pass them on.
/// </summary>
public sealed record SearchQuery
{
    [FromQuery(Name = "q"), Description("What to search for: words, a phrase in quotes, an index number (索引号) or a document number (文件编号).")]
    public string? Q { get; init; }

    [FromQuery(Name = "lang"), Description("Language of the results and of the labels: zh, pt, or zh-Hant (Chinese results in Traditional characters). Chinese when absent or unknown.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "scope"), Description("'both' to search the other language too; otherwise only the language asked.")]
    public string? Scope { get; init; }

    [FromQuery(Name = "type"), Description("Only items of this content type (a key as in the content API).")]
    public string? Type { get; init; }

    [FromQuery(Name = "year"), Description("Only items of this year, e.g. 2017.")]
    public string? Year { get; init; }

    [FromQuery(Name = "body"), Description("Only disclosed documents of this issuing body (a key from the 'body' filter counts).")]
    public string? Body { get; init; }

    [FromQuery(Name = "sort"), Description("'date' for newest first; relevance when absent.")]
    public string? Sort { get; init; }

    [FromQuery(Name = "page"), Description("Page of results from 1 (default 1).")]
    public string? Page { get; init; }
}
