using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PublicSite.Web.Tests.Applications;

public sealed partial class ApplicationsTextTests
{
    private static readonly string Source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PublicSite.Web"));

    private static HashSet<string> Keys(string culture) =>
        XDocument.Load(Path.Combine(Source, "Resources", "Features", "Applications", $"ApplicationsText.{culture}.resx")).Root!
            .Elements("data").Select(d => d.Attribute("name")!.Value).ToHashSet();

    [Fact]
    public void Every_string_the_programme_and_review_views_ask_for_is_in_both_languages()
    {
        var views = new[] { "Programmes", "Applications", Path.Combine("Applications", "Manager") }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Source, "Features", folder), "*.cshtml"));
        var asked = views.SelectMany(file => Asked().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups[1].Value))).ToList();

        Assert.True(asked.Count > 50, "The views were read.");
        var chinese = Keys("zh-CN");
        Assert.DoesNotContain(asked, a => !chinese.Contains(a.Key));
        var portuguese = Keys("pt-PT");
        Assert.DoesNotContain(asked, a => !portuguese.Contains(a.Key));
    }

    [Fact]
    public void Every_choice_an_application_can_hold_has_a_label()
    {
        var keys = Keys("pt-PT");
        var needed = Enum.GetNames<Web.Features.PersonalData.IdDocumentType>().Select(n => "IdType_" + n)
            .Concat(Enum.GetNames<Web.Features.Applications.PhoneRegion>().SelectMany(n => new[] { "PhoneRegion_" + n, "PhoneInvalid_" + n }))
            .Concat(Web.Features.PersonalData.IdDocumentTypes.ForApplications.Select(t => "IdNumberInvalid_" + t))
            .Concat(Enum.GetNames<Web.Features.Applications.ApplicationStatus>().Select(n => "Status_" + n));
        Assert.DoesNotContain(needed, k => !keys.Contains(k));
    }

    [Fact]
    public void Portuguese_texts_use_the_terms_written_in_Macau()
    {
        var text = File.ReadAllText(Path.Combine(Source, "Resources", "Features", "Applications", "ApplicationsText.pt-PT.resx"));
        Assert.Contains("Salvo-conduto para deslocação ao Interior da China de Residentes de Hong Kong e Macau", text, StringComparison.Ordinal);
        Assert.Contains("Autorização de residência para residentes de Hong Kong e Macau", text, StringComparison.Ordinal);
        Assert.Contains("telemóvel", text, StringComparison.Ordinal);
        Assert.DoesNotContain("celular", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("contato", text, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("P\\[\"([A-Za-z_]+)\"[,\\]]")]
    private static partial Regex Asked();
}
