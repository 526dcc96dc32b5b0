using System.Text.Json;
using PublicSite.E2E.Infrastructure;
using PublicSite.Web.Features.Manager.Accounts;

using Xunit.Abstractions;

namespace PublicSite.E2E;

/// <summary>
/// Issue #18 part 9: every manager screen, as each role that may open it, on a 360 px phone: axe finds no WCAG 2.2 AA
/// violation, nothing pushes the page sideways, tables that scroll in place can be reached and are named, and the
/// screen offers no action the role may not take (the server refuses them anyway; a button that fails is a trap).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ManagerScreenTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Password = "Screens-Pa55word-Long!";

    private enum Least { Editor, Publisher, Administrator }

    // Screen name, path (placeholders filled by ManagerScreenData), the least role that may open it.
    private static readonly (string Name, string Path, Least Role)[] Screens =
    [
        ("dashboard", "/manager", Least.Editor),
        ("content-disclosure", "/manager/content?type=disclosure&lang=zh", Least.Editor),
        ("content-news", "/manager/content?type=news&lang=pt", Least.Editor),
        ("content-guidance", "/manager/content?type=guidance&lang=zh", Least.Editor),
        ("content-programme", "/manager/content?type=programme&lang=zh", Least.Editor),
        ("content-event", "/manager/content?type=event&lang=zh", Least.Editor),
        ("content-page", "/manager/content?type=page&lang=zh&status=in-review", Least.Editor),
        ("new-disclosure", "/manager/content/edit?type=disclosure&lang=zh", Least.Editor),
        ("new-news", "/manager/content/edit?type=news&lang=zh", Least.Editor),
        ("new-guidance", "/manager/content/edit?type=guidance&lang=zh", Least.Editor),
        ("new-programme", "/manager/content/edit?type=programme&lang=zh", Least.Editor),
        ("new-event", "/manager/content/edit?type=event&lang=zh", Least.Editor),
        ("new-page", "/manager/content/edit?type=page&lang=zh", Least.Editor),
        ("notice", "/manager/content/edit?item={notice}&lang=zh", Least.Editor),
        ("translation", "/manager/content/edit?item={notice}&lang=pt", Least.Editor),
        ("draft", "/manager/content/edit?item={draftItem}&lang=zh", Least.Editor),
        ("deleted", "/manager/content/edit?item={deletedItem}&lang=zh", Least.Editor),
        ("revisions", "/manager/content/revisions?variant={draftVariant}", Least.Editor),
        ("compare", "/manager/content/revisions?variant={draftVariant}&a=1&b=2", Least.Editor),
        ("confirm-delete", "/manager/content/confirm?item={draftItem}&lang=zh&act=delete", Least.Publisher),
        ("link-picker", "/manager/content/pick?type=disclosure&q=2017", Least.Editor),
        ("media", "/manager/media", Least.Editor),
        ("media-picker", "/manager/media/pick?kind=image", Least.Editor),
        ("import", "/manager/import", Least.Editor),
        ("feedback", "/manager/feedback", Least.Editor),
        ("enquiries", "/manager/enquiries", Least.Editor),
        ("enquiry", "/manager/enquiries/{enquiry}", Least.Editor),
        ("events", "/manager/events", Least.Editor),
        ("registrations", "/manager/events/{event}", Least.Editor),
        ("account", "/manager/account", Least.Editor),
        ("applications", "/manager/applications", Least.Publisher),
        ("application-queue", "/manager/applications/{call}", Least.Publisher),
        ("application", "/manager/applications/{call}/{application}", Least.Publisher),
        ("requests", "/manager/requests", Least.Publisher),
        ("request", "/manager/requests/{request}", Least.Publisher),
        ("redirects", "/manager/redirects", Least.Publisher),
        ("annual-report", "/manager/requests/annual-report", Least.Administrator),
        ("users", "/manager/users", Least.Administrator),
        ("audit", "/manager/audit", Least.Administrator),
        ("taxonomies", "/manager/taxonomies", Least.Administrator),
    ];

    private static readonly Dictionary<string, Least> Roles = new(StringComparer.Ordinal)
    {
        [EditorRoles.Editor] = Least.Editor,
        [EditorRoles.Publisher] = Least.Publisher,
        [EditorRoles.Administrator] = Least.Administrator,
    };

    public static TheoryData<string, string> RoleScreens()
    {
        var data = new TheoryData<string, string>();
        foreach (var (role, rank) in Roles)
        {
            foreach (var screen in Screens.Where(s => s.Role <= rank))
            {
                data.Add(role, screen.Name);
            }
        }
        return data;
    }

    // What a role must not be offered, anywhere: links to screens it cannot open, and buttons whose post it cannot make.
    private static string[] Forbidden(Least role) => role switch
    {
        Least.Editor =>
        [
            "a[href^='/manager/applications']", "a[href^='/manager/requests']", "a[href^='/manager/redirects']",
            "a[href^='/manager/users']", "a[href^='/manager/audit']", "a[href^='/manager/taxonomies']",
            "a[href^='/manager/content/confirm']", "button[name=action][value=publish]", "button[name=action][value=return]",
            "button[name=action][value=restore]", "button[name=action][value=discard]", "#publishAt",
        ],
        Least.Publisher =>
        [
            "a[href^='/manager/users']", "a[href^='/manager/audit']", "a[href^='/manager/taxonomies']",
            "a[href^='/manager/requests/annual-report']", "button[name=action][value=restore]",
        ],
        _ => [],
    };

    [Theory]
    [MemberData(nameof(RoleScreens))]
    public async Task Manager_screen_passes_axe_fits_a_360_px_phone_and_offers_only_the_roles_actions(string role, string screen)
    {
        Assert.True(File.Exists(RepositoryPaths.AxeScript), $"{RepositoryPaths.AxeScript} is missing: run `npm ci` in {RepositoryPaths.E2E}.");
        var data = await ManagerScreenData.ForAsync(site);
        var path = data.Resolve(Screens.Single(s => s.Name == screen).Path);
        await using var session = await site.OpenAsync($"screens-{role.ToLowerInvariant()}-{screen}", Viewport.PhoneName, options =>
        {
            options.BypassCSP = true;
            options.ViewportSize = new ViewportSize { Width = 360, Height = 740 };
        });
        await session.SignInAsync(await site.CreateUserAsync(role, Password), Password);

        var response = await session.GotoAsync(path);
        Assert.Equal(200, response.Status);
        await session.ScreenshotAsync(screen);
        var page = session.Page;

        var wide = await page.EvaluateAsync<string[]>("""
            () => document.scrollingElement.scrollWidth <= innerWidth ? [] :
              [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.table-scroll, .visually-hidden, template, [hidden]'))
                .slice(0, 8).map(e => e.outerHTML.slice(0, 160))
            """);
        var width = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(width <= 360, $"{path} is {width} px wide on a 360 px phone; past the edge:\n{string.Join('\n', wide)}");

        // A table that may scroll sideways sits in a named region the keyboard can reach (WCAG 2.1.1, 4.1.2).
        var unreachable = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table:not(.data-table--stacked)')]
              .filter(t => !t.closest('.table-scroll[role=region][tabindex="0"][aria-label]'))
              .map(t => t.outerHTML.slice(0, 120))
            """);
        Assert.True(unreachable.Length == 0, $"Tables on {path} not in a focusable, labelled scroll region:\n{string.Join('\n', unreachable)}");

        foreach (var selector in Forbidden(Roles[role]))
        {
            Assert.True(await page.Locator(selector).CountAsync() == 0, $"{role} is offered '{selector}' on {path}, which the role may not use.");
        }

        await page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var results = await page.EvaluateAsync<JsonElement>(AccessibilityTests.RunAxeScript);
        var violations = results.GetProperty("violations");
        if (results.GetProperty("incomplete").GetArrayLength() > 0)
        {
            output.WriteLine(AccessibilityTests.Describe("Needs review", path, "360 px", results.GetProperty("incomplete")));
        }
        Assert.True(results.GetProperty("passes").GetInt32() > 0, "axe ran no rule at all: the run is broken, not the page clean.");
        Assert.True(violations.GetArrayLength() == 0, AccessibilityTests.Describe("Violations", path, $"360 px, {role}", violations));
        session.AssertNoBrowserProblems();
    }
}
