using System.Xml.Linq;

namespace PublicSite.Web.Tests.Localization;

public sealed class SiteTextTests
{
    private static readonly string ResourceFolder = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PublicSite.Web", "Resources", "Site"));

    private static Dictionary<string, string> Strings(string culture) =>
        XDocument.Load(Path.Combine(ResourceFolder, $"SiteText.{culture}.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [Fact]
    public void Every_UI_string_exists_in_both_Chinese_and_Portuguese()
    {
        var chinese = Strings("zh-CN");
        var portuguese = Strings("pt-PT");

        Assert.Empty(chinese.Keys.Except(portuguese.Keys));
        Assert.Empty(portuguese.Keys.Except(chinese.Keys));
        Assert.All(portuguese, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    [Fact]
    public void Every_string_a_view_asks_for_is_in_the_resources()
    {
        var known = Strings("zh-CN").Keys.ToHashSet();
        var source = Path.GetFullPath(Path.Combine(ResourceFolder, "..", ".."));
        var themes = Path.GetFullPath(Path.Combine(source, "..", "..", "themes"));
        var asked = Directory.EnumerateFiles(source, "*.cshtml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(themes, "*.cshtml", SearchOption.AllDirectories))
            .SelectMany(file => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "T\\[\"([A-Za-z]+)\"[,\\]]")
                .Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.DoesNotContain(asked, a => !known.Contains(a.Key));
    }

    [Fact]
    public void Portuguese_strings_follow_Macau_spelling_not_Brazilian()
    {
        var text = string.Join(" ", Strings("pt-PT").Values);

        Assert.DoesNotContain("celular", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("seleção", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("contato", text, StringComparison.OrdinalIgnoreCase);
    }
}
