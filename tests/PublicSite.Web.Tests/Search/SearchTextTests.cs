using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PublicSite.Web.Tests.Search;

public sealed class SearchTextTests
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    private static HashSet<string> Keys(string culture) =>
        XDocument.Load(Path.Combine(Root, "src", "PublicSite.Web", "Resources", "Features", "Search", $"SearchText.{culture}.resx"))
            .Root!.Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();

    [Fact]
    public void Every_search_string_the_views_and_layout_ask_for_exists_in_both_languages()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, "src", "PublicSite.Web", "Features", "Search"), "*.cshtml")
            .Append(Path.Combine(Root, "themes", "default", "_Layout.cshtml"));
        var asked = files.SelectMany(f => Regex.Matches(File.ReadAllText(f), "\\bS\\[\"([A-Za-z_]+)\"[,\\]]").Select(m => m.Groups[1].Value))
            .Concat(["InLanguage_zh", "InLanguage_pt", "Type_disclosure", "Type_news", "Type_guidance", "Type_programme", "Type_page"])
            .ToHashSet();

        Assert.Contains("HeaderSearchLabel", asked);
        Assert.Empty(asked.Except(Keys("zh-CN")));
        Assert.Empty(asked.Except(Keys("pt-PT")));
    }
}
