using System.Xml.Linq;

namespace PublicSite.Web.Tests.Localization;

public sealed class SiteTextTests
{
    private static readonly string Resources = Path.GetFullPath(Path.Combine(
        AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PublicSite.Web", "Resources"));

    private static readonly string ResourceFolder = Path.Combine(Resources, "Site");

    private static Dictionary<string, string> Strings(string culture, string file = "SiteText", string? folder = null) =>
        XDocument.Load(Path.Combine(folder ?? ResourceFolder, $"{file}.{culture}.resx")).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Resources, "*.zh-CN.resx", SearchOption.AllDirectories))
        {
            data.Add(Path.GetRelativePath(Resources, file)[..^".zh-CN.resx".Length]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_UI_string_exists_in_both_Chinese_and_Portuguese(string resource)
    {
        var folder = Path.Combine(Resources, Path.GetDirectoryName(resource) ?? "");
        var name = Path.GetFileName(resource);
        var chinese = Strings("zh-CN", name, folder);
        var portuguese = Strings("pt-PT", name, folder);

        Assert.Empty(chinese.Keys.Except(portuguese.Keys));
        Assert.Empty(portuguese.Keys.Except(chinese.Keys));
        Assert.All(portuguese, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
        Assert.All(chinese, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
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
