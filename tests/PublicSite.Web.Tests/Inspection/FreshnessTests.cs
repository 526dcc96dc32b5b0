using PublicSite.Web.Features.Inspection;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Tests.Manager;

namespace PublicSite.Web.Tests.Inspection;

/// <summary>
/// The manager's home says, per column, what the national inspection would say (issue #19: nothing warned the
/// editors before the inspectors did). The seed's newest Chinese news is dated 2026-04-22 and its newest Chinese
/// disclosed document 2026-03-10.
/// </summary>
public sealed class FreshnessTests(InspectionSite site) : IClassFixture<InspectionSite>
{
    private static string? StateOf(AngleSharp.Html.Dom.IHtmlDocument page, string column, string language) =>
        page.QuerySelector($"#inspection-columns tr[data-column='{column}'][data-language='{language}']")?.GetAttribute("data-state");

    [Fact]
    public async Task The_managers_home_shows_the_seeds_news_column_failing_the_two_week_rule()
    {
        site.SetChinaDay(2026, 12, 2);
        var editor = await ManagerClient.AsRoleAsync(site, EditorRoles.Editor);

        var home = await editor.GetPageAsync("/manager");

        Assert.Equal("red", StateOf(home, "news", "zh"));
        Assert.Equal("red", StateOf(home, "home", "zh"));
        Assert.Equal("red", StateOf(home, "notices", "zh"));
        var news = home.QuerySelector("#inspection-columns tr[data-column='news'][data-language='zh']")!.TextContent;
        Assert.Contains("2026-04-22", news, StringComparison.Ordinal);
        Assert.Contains("不合格（2026-05-07 起）", news, StringComparison.Ordinal);
        Assert.Equal("green", StateOf(home, "guidance", "zh"));
    }

    [Theory]
    [InlineData(5, 3, FreshnessState.Green)]
    [InlineData(5, 4, FreshnessState.Amber)]
    [InlineData(5, 6, FreshnessState.Amber)]
    [InlineData(5, 7, FreshnessState.Red)]
    public async Task News_fail_the_day_after_two_weeks_without_an_update_and_warn_three_days_before(int month, int day, FreshnessState expected)
    {
        site.SetChinaDay(2026, month, day);

        var report = await site.InspectAsync();

        Assert.Equal(expected, report.Columns.Single(c => c.Column == InspectionColumn.News && c.Language.Code == "zh").State);
    }

    [Theory]
    [InlineData(8, 11, FreshnessState.Green)]
    [InlineData(8, 12, FreshnessState.Amber)]
    [InlineData(9, 10, FreshnessState.Amber)]
    [InlineData(9, 11, FreshnessState.Red)]
    public async Task Notices_fail_the_day_after_six_months_without_an_update_and_warn_a_month_before(int month, int day, FreshnessState expected)
    {
        site.SetChinaDay(2026, month, day);

        var report = await site.InspectAsync();

        Assert.Equal(expected, report.Columns.Single(c => c.Column == InspectionColumn.Notices && c.Language.Code == "zh").State);
    }

    [Fact]
    public async Task A_column_with_nothing_public_is_red_as_an_empty_column()
    {
        // Before the seed's first guidance page was published, the guidance column was empty.
        site.SetChinaDay(2010, 1, 4);

        var report = await site.InspectAsync();

        var guidance = report.Columns.Single(c => c.Column == InspectionColumn.Guidance && c.Language.Code == "zh");
        Assert.Equal(0, guidance.Count);
        Assert.Equal(FreshnessState.Red, guidance.State);
    }
}
