using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PublicSite.Web.Features.Api;

/// <summary>The query string of <c>GET /api/v1/changes</c>, bound with <c>[AsParameters]</c> (see <see cref="ContentListQuery"/>).</summary>
public sealed record ChangesQuery
{
    [FromQuery(Name = "since"), Description("Cursor: the 'cursor' of the previous batch (a position in the feed). From the beginning when absent or 0.")]
    public string? Since { get; init; }

    [FromQuery(Name = "limit"), Description("Most events to return, 1 to 500 (default 100).")]
    public string? Limit { get; init; }

    public long Position => ApiParameters.Position(Since, "since");

    public int Count => ApiRange.ChangesLimit.Read(Limit, "limit");
}
