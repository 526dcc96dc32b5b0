using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PublicSite.Web.Tests.Localization;

/// <summary>Portuguese as a Macau reader expects it, in the interface and in the seed (faults from a language review).</summary>
public sealed partial class PortugueseUsageTests
{
    private static readonly string Repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
    private static readonly string Resources = Path.Combine(Repository, "src", "PublicSite.Web", "Resources");
    private static readonly string Seed = Path.Combine(Repository, "content-seed");

    // IPIM was reorganised by Administrative Regulation 20/2024 on this day; texts of its time keep the old name.
    private static readonly DateOnly IpimRenamed = new(2024, 7, 1);

    private static IEnumerable<(string File, string Key, string Value)> PortugueseStrings() =>
        Directory.EnumerateFiles(Resources, "*.pt-PT.resx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .Select(d => (Path.GetFileName(file), d.Attribute("name")!.Value, d.Element("value")!.Value)));

    private static IEnumerable<(string File, DateOnly Published, string Text)> SeedTexts(string pattern) =>
        Directory.EnumerateFiles(Seed, pattern, SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(Seed, file), PublishedOn(File.ReadAllText(file)), File.ReadAllText(file)));

    private static DateOnly PublishedOn(string text) =>
        DateOnly.ParseExact(PublishedLine().Match(text).Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Proactive_disclosure_is_never_called_oficiosa()
    {
        Assert.DoesNotContain(PortugueseStrings(), s => s.Value.Contains("oficios", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(SeedTexts("*.pt.md"), s => s.Text.Contains("oficios", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(PortugueseStrings(), s => s.Value == "Divulgação por iniciativa própria");
    }

    [Fact]
    public void Portuguese_interface_strings_hold_no_Chinese_characters_but_language_names_and_document_numbers()
    {
        // The language switcher names Chinese in Chinese; a document number is quoted as issued (常港发〔2017〕1号).
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "OtherLanguageName" };

        var offending = PortugueseStrings()
            .Where(s => !allowed.Contains(s.Key))
            .Where(s => HanCharacter().IsMatch(DocumentNumber().Replace(s.Value, "")))
            .Select(s => $"{s.File}: {s.Key} = {s.Value}")
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Texts_dated_after_July_2024_name_IPIM_as_reorganised()
    {
        var later = SeedTexts("*.md").Where(s => s.Published >= IpimRenamed).ToList();

        Assert.NotEmpty(later);
        Assert.DoesNotContain(later, s => s.Text.Contains("Investimento de Macau", StringComparison.Ordinal));
        Assert.DoesNotContain(later, s => s.Text.Contains("澳门贸易投资促进局", StringComparison.Ordinal));
        Assert.Contains(later, s => s.Text.Contains("澳门特区招商投资促进局", StringComparison.Ordinal));
        Assert.Contains(later, s => s.Text.Contains("Instituto de Promoção do Comércio e do Investimento (IPIM)", StringComparison.Ordinal));
    }

    [Fact]
    public void Portuguese_texts_write_times_as_the_interface_does()
    {
        var hourH = SeedTexts("*.pt.md").Where(s => HourWithH().IsMatch(s.Text)).Select(s => s.File).ToList();

        Assert.Empty(hourH);
    }

    [Fact]
    public void The_park_commission_has_one_Portuguese_name_everywhere()
    {
        const string Name = "Comissão de Administração do Parque Industrial de Ciência e Tecnologia do Lago Taihu Ocidental";
        var taxonomies = File.ReadAllText(Path.Combine(Seed, "taxonomies.yml"));
        var official = Regex.Match(taxonomies, Regex.Escape(Name) + "[^\\n]*").Value;

        var variants = SeedTexts("*.pt.md")
            .SelectMany(s => Regex.Matches(s.Text, Regex.Escape(Name) + ", [A-Z][a-z]+").Select(m => (s.File, m.Value)))
            .Where(m => m.Value != official)
            .ToList();

        Assert.Equal(Name + ", Changzhou", official);
        Assert.Empty(variants);
    }

    [GeneratedRegex(@"^published:\s*(\d{4}-\d{2}-\d{2})", RegexOptions.Multiline)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}+〔\d{4}〕\d+号")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\b\d{1,2}h\d{2}\b")]
    private static partial Regex HourWithH();
}
