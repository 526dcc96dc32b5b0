using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Shared;

/// <summary>
/// "Label: value" and "(details)" in the page's language: Chinese pages use the full-width forms throughout
/// (来源：…, （PDF，4.1 KB）), Portuguese the half-width ones. Written here once rather than in each view.
/// </summary>
public static class Punctuation
{
    public static string Labelled(SiteLanguage language, string label, string value) => Label(language, label) + value;

    /// <summary>A label before its value (<c>排序：</c> / <c>Ordenar: </c>).</summary>
    public static string Label(SiteLanguage language, string label) => language == SiteLanguage.Chinese ? label + "：" : label + ": ";

    /// <summary>Details in brackets after a label: <c>市商务局（2）</c>, <c>IPIM (2)</c>.</summary>
    public static string AfterLabel(SiteLanguage language, params IEnumerable<string> parts) =>
        (language == SiteLanguage.Chinese ? "" : " ") + Bracketed(language, parts);

    /// <summary>Details in brackets; several parts are separated by the language's comma.</summary>
    public static string Bracketed(SiteLanguage language, params IEnumerable<string> parts) => language == SiteLanguage.Chinese
        ? "（" + string.Join("，", parts) + "）"
        : "(" + string.Join(", ", parts) + ")";
}
