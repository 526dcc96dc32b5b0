using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Import;

/// <summary>
/// Finds the organisations term a notice's masthead or signature names. Mastheads use full names
/// (常州市人民政府外事办公室), the taxonomy the short ones readers know (市外事办): both are reduced to the short form.
/// </summary>
public static class IssuingBodyMatch
{
    public static TaxonomyTerm? Find(IEnumerable<TaxonomyTerm> organisations, IEnumerable<string> names)
    {
        var terms = organisations.Where(t => t.Taxonomy == Taxonomies.Organisations).ToList();
        foreach (var name in names)
        {
            var forms = Forms(name);
            if (terms.FirstOrDefault(t => Forms(t.NameZh).Overlaps(forms)) is { } term)
            {
                return term;
            }
        }
        return null;
    }

    private static HashSet<string> Forms(string name)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal);
        var text = name.Trim().Trim('（', '）', '(', ')');
        if (text.EndsWith("代章", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        if (text.EndsWith("文件", StringComparison.Ordinal) && text.Length > 4)
        {
            text = text[..^2];
        }
        forms.Add(text);
        if (text.StartsWith("常州市", StringComparison.Ordinal))
        {
            text = text[2..];
            forms.Add(text);
        }
        text = text.Replace("人民政府", "", StringComparison.Ordinal);
        forms.Add(text);
        text = text.Replace("事务办公室", "办", StringComparison.Ordinal).Replace("办公室", "办", StringComparison.Ordinal);
        forms.Add(text);
        return forms;
    }
}
