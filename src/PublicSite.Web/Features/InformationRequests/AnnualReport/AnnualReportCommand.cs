using System.Globalization;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// <c>dotnet run --project src/PublicSite.Web -- draft-annual-report 2026</c>: drafts the year's annual report as a
/// disclosed document (draft, Chinese), as the manager's action does, and prints its figures' totals.
/// </summary>
public static class AnnualReportCommand
{
    public const string Name = "draft-annual-report";

    /// <summary>Runs the command if <paramref name="args"/> asks for it; true when the process should then exit.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var at = Array.IndexOf(args, Name);
        if (at < 0)
        {
            return false;
        }
        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            app.Logger.LogError("Usage: {Command} <year>, e.g. {Command} 2026", Name, Name);
            Environment.ExitCode = 2;
            return true;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var (draft, figures) = await scope.ServiceProvider.GetRequiredService<AnnualReportDraft>()
            .CreateAsync(year, "command line", app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation(
            "Drafted the {Year} annual report as item {Item}: {Proactive} documents disclosed, {Received} requests received, {Decided} decided.",
            year, draft.ItemId, figures.Proactive.Sum(c => c.Count), figures.Row("received").Total, figures.Row("outcomes-total").Total);
        return true;
    }
}
