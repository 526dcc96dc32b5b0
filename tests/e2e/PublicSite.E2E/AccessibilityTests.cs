using System.Text;
using System.Text.Json;

using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;

using Xunit.Abstractions;

namespace PublicSite.E2E;

/// <summary>
/// axe-core (pinned in tests/e2e/package.json) checks the main pages against WCAG 2.0, 2.1 and 2.2 A and AA.
/// The site's Content-Security-Policy forbids injected scripts, so these contexts bypass it; nothing else changes.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site, ITestOutputHelper output)
{
    // Shared with the journeys that check a page they reach (TraditionalJourneyTests).
    internal const string RunAxeScript = """
        async () => {
          const results = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
          const describe = v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
          });
          return {
            version: axe.version,
            passes: results.passes.length,
            violations: results.violations.map(describe),
            incomplete: results.incomplete.map(describe),
          };
        }
        """;

    [Theory]
    [InlineData(Viewport.PhoneName, Seed.HomeZh)]
    [InlineData(Viewport.PhoneName, Seed.CatalogueZh)]
    [InlineData(Viewport.PhoneName, Seed.NoticePathZh)]
    [InlineData(Viewport.PhoneName, Seed.HomePt)]
    [InlineData(Viewport.PhoneName, Seed.CataloguePt)]
    [InlineData(Viewport.PhoneName, Seed.NoticePathPt)]
    [InlineData(Viewport.PhoneName, Seed.InternshipApplyZh)]
    [InlineData(Viewport.PhoneName, Seed.EntrepreneurshipApplyPt)]
    [InlineData(Viewport.PhoneName, Seed.GuidanceZh)]
    [InlineData(Viewport.PhoneName, Seed.GuidancePt)]
    [InlineData(Viewport.PhoneName, "/zh-hant/disclosure/014109568-2017-00012")]
    [InlineData(Viewport.PhoneName, "/zh/reading?contrast=high&size=extralarge&return=%2Fzh-hant%2Fdisclosure%2F014109568-2017-00012")]
    [InlineData(Viewport.DesktopName, "/pt/reading?contrast=high&return=%2Fzh%2F")]
    [InlineData(Viewport.DesktopName, Seed.HomeZh)]
    [InlineData(Viewport.DesktopName, Seed.CatalogueZh)]
    [InlineData(Viewport.DesktopName, Seed.NoticePathZh)]
    [InlineData(Viewport.DesktopName, Seed.HomePt)]
    [InlineData(Viewport.DesktopName, Seed.CataloguePt)]
    [InlineData(Viewport.DesktopName, Seed.NoticePathPt)]
    public async Task Axe_finds_no_WCAG_2_2_AA_violations(string viewport, string path)
    {
        Assert.True(File.Exists(RepositoryPaths.AxeScript),
            $"{RepositoryPaths.AxeScript} is missing: run `npm ci` in {RepositoryPaths.E2E} (the build does it when npm is on the PATH).");
        await using var session = await site.OpenAsync("axe", viewport, options => options.BypassCSP = true);
        var response = await session.GotoAsync(path);
        Assert.Equal(200, response.Status);
        await session.ScreenshotAsync(path);

        await session.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var results = await session.Page.EvaluateAsync<JsonElement>(RunAxeScript);
        var violations = results.GetProperty("violations");
        var incomplete = results.GetProperty("incomplete");

        // What axe could not decide alone (e.g. contrast over a background image) is logged for a person to review.
        output.WriteLine($"axe {results.GetProperty("version").GetString()}: {results.GetProperty("passes").GetInt32()} rules passed, " +
            $"{violations.GetArrayLength()} violated, {incomplete.GetArrayLength()} need review.");
        if (incomplete.GetArrayLength() > 0)
        {
            output.WriteLine(Describe("Needs review", path, viewport, incomplete));
        }
        Assert.True(results.GetProperty("passes").GetInt32() > 0, "axe ran no rule at all: the run is broken, not the page clean.");
        Assert.True(violations.GetArrayLength() == 0, Describe("Violations", path, viewport, violations));
    }

    [Fact]
    public async Task The_users_page_of_the_manager_passes_axe_and_fits_a_360_px_phone()
    {
        const string password = "Axe-Admin-Pa55word-Long!";
        var admin = await site.CreateUserAsync(EditorRoles.Administrator, password);
        await site.CreateUserAsync(EditorRoles.Editor, password, deactivated: true);
        await using var session = await site.OpenAsync("axe-users", Viewport.PhoneName, options =>
        {
            options.BypassCSP = true;
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        });
        await session.SignInAsync(admin, password);

        var response = await session.GotoAsync("/manager/users");
        Assert.Equal(200, response.Status);
        await session.ScreenshotAsync("manager-users-360");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The users page scrolls sideways on a 360 px phone.");
        await Assertions.Expect(session.Page.Locator("main")).ToContainTextAsync("已停用");

        await session.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var results = await session.Page.EvaluateAsync<JsonElement>(RunAxeScript);
        var violations = results.GetProperty("violations");
        Assert.True(results.GetProperty("passes").GetInt32() > 0, "axe ran no rule at all: the run is broken, not the page clean.");
        Assert.True(violations.GetArrayLength() == 0, Describe("Violations", "/manager/users", "360 px phone", violations));
    }

    internal static string Describe(string heading, string path, string viewport, JsonElement violations)
    {
        var text = new StringBuilder();
        text.Append(heading).Append(" (").Append(violations.GetArrayLength()).Append(") on ").Append(path)
            .Append(" (").Append(viewport).AppendLine("):");
        foreach (var violation in violations.EnumerateArray())
        {
            text.AppendLine()
                .Append("  [").Append(violation.GetProperty("impact").ToString()).Append("] ")
                .Append(violation.GetProperty("id").GetString()).Append(": ").AppendLine(violation.GetProperty("help").GetString())
                .Append("    ").AppendLine(violation.GetProperty("helpUrl").GetString());
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                text.Append("    - ").AppendLine(node.GetProperty("target").GetString())
                    .Append("      ").AppendLine(node.GetProperty("html").GetString())
                    .Append("      ").AppendLine(node.GetProperty("summary").GetString()?.ReplaceLineEndings("\n      "));
            }
        }
        return text.ToString();
    }
}
