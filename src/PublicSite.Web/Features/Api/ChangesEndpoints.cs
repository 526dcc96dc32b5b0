using Microsoft.AspNetCore.Http.HttpResults;
using PublicSite.Web.Features.Delivery;

namespace PublicSite.Web.Features.Api;

/// <summary>The change feed a mirror follows to stay current and to learn of withdrawals.</summary>
public static class ChangesEndpoints
{
    public static RouteGroupBuilder MapChangesEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/changes", ReadAsync)
            .WithName("ListChanges")
            .WithSummary("Published, updated, withdrawn, expired and deleted items in order, from a cursor")
            .Produces(StatusCodes.Status304NotModified);
        return api;
    }

    private static async Task<Results<Ok<ApiChangePage>, ProblemHttpResult>> ReadAsync(
        [AsParameters] ChangesQuery query, ApiChangeFeed feed, HttpContext context, CancellationToken cancellationToken)
    {
        var (position, count) = (query.Position, query.Count);
        PageCacheTags.Add(context, PageCacheTags.AnyChange);
        return TypedResults.Ok(await feed.ReadAsync(position, count, ApiLinks.For(context), cancellationToken));
    }
}
