using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using PublicSite.Web.Features.Delivery;

namespace PublicSite.Web.Features.Api;

/// <summary>The change feed a mirror follows to stay current and to learn of withdrawals.</summary>
public static class ChangesEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapChangesEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/changes", ReadAsync)
            .WithName("ListChanges")
            .WithSummary("Published, updated, withdrawn, expired and deleted items in order, from a cursor")
            .Produces(StatusCodes.Status304NotModified);
        return api;
    }

    private static async Task<Results<Ok<ApiChangePage>, ProblemHttpResult>> ReadAsync(
        [Description("Cursor: the 'cursor' of the previous batch (a position in the feed). From the beginning when absent or 0.")] string? since,
        [Description("Most events to return, 1 to 500 (default 100).")] string? limit,
        ApiChangeFeed feed, HttpContext context, CancellationToken cancellationToken)
    {
        var position = ApiParameters.Position(since, nameof(since));
        var count = ApiParameters.WholeNumber(limit, nameof(limit), DefaultLimit, 1, MaxLimit);
        PageCacheTags.Add(context, PageCacheTags.AnyChange);
        return TypedResults.Ok(await feed.ReadAsync(position, count, ApiLinks.For(context), cancellationToken));
    }
}
