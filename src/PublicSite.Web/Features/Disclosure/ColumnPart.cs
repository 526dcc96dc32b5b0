using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Disclosure;

/// <summary>
/// A part of the 政府信息公开 column as 国办公开办函〔2019〕61号 lists them: guide, rules, statutory proactive
/// content, annual reports and disclosure on request, in that order on every office's site.
/// </summary>
public sealed record ColumnPart(string Key, string Path)
{
    public const string Column = "disclosure";

    public static readonly ColumnPart Guide = new("Guide", "guide");
    public static readonly ColumnPart Rules = new("Rules", "rules");
    public static readonly ColumnPart Catalogue = new("Catalogue", "catalogue");
    public static readonly ColumnPart Reports = new("Reports", "reports");
    public static readonly ColumnPart Request = new("Request", "request");

    public static IReadOnlyList<ColumnPart> All { get; } = [Guide, Rules, Catalogue, Reports, Request];

    public string Url(SiteLanguage language) => $"/{language.Code}/{Column}/{Path}";

    /// <summary>The resource key of the part's name, <c>Part_Guide</c>…</summary>
    public string LabelKey => "Part_" + Key;

    /// <summary>The resource key of the part's one-line description on the column's home.</summary>
    public string DescriptionKey => "PartDescription_" + Key;
}
