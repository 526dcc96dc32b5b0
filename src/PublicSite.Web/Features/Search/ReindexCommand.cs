using PublicSite.Search.Sync;

namespace PublicSite.Web.Features.Search;

/// <summary>
/// <c>dotnet run --project src/PublicSite.Web -- reindex</c>: rebuilds the search index from the database into a new
/// folder and makes it current; a running site switches to it on its next poll.
/// </summary>
public static class ReindexCommand
{
    public const string Name = "reindex";

    /// <summary>Runs the command if <paramref name="args"/> asks for it; true when the process should then exit.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (!args.Contains(Name, StringComparer.Ordinal))
        {
            return false;
        }
        var report = await app.Services.GetRequiredService<SearchIndexRebuilder>().RebuildAsync(app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Reindexed {Count} documents into {Generation} in {Seconds:F1} s.",
            report.Documents, report.Generation, report.Elapsed.TotalSeconds);
        return true;
    }
}
