namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// One group of the edit form. <see cref="HasBody"/> places the Markdown body after the section's fields;
/// an <see cref="Optional"/> section folds away (a <c>&lt;details&gt;</c>) while it is empty and has no error.
/// </summary>
public sealed record FormSection(string Key, IReadOnlyList<FormField> Fields, bool HasBody, bool Optional)
{
    public string Id => "section-" + Key.ToLowerInvariant();

    /// <summary>Folded only when there is nothing in it to see or to fix.</summary>
    public bool Folded(IReadOnlyDictionary<string, string> errors) =>
        Optional && Fields.All(f => f.Value.Length == 0 && !errors.ContainsKey(f.Name));

    /// <summary>
    /// The type's sections in the order an editor fills them in. A type without a layout of its own gets the title
    /// and body first and its fields after; the fields readers never see on the page fold away in every type.
    /// </summary>
    public static IReadOnlyList<FormSection> Of(string typeKey, IReadOnlyList<FormField> text, IReadOnlyList<FormField> fields)
    {
        var all = text.Concat(fields).ToList();
        var layout = Layouts.GetValueOrDefault(typeKey) ?? [("Body", [.. text.Select(f => f.Name), Body])];
        var sections = new List<FormSection>();
        var placed = new HashSet<string>(StringComparer.Ordinal) { Body };
        foreach (var (key, names) in layout)
        {
            sections.Add(new FormSection(key, Pick(all, names, placed), names.Contains(Body), false));
        }
        var sharing = Pick(all, Sharing, placed);
        var rest = all.Where(f => !placed.Contains(f.Name)).ToList();
        if (rest.Count > 0)
        {
            sections.Add(new FormSection("Fields", rest, false, false));
        }
        if (sharing.Count > 0)
        {
            sections.Add(new FormSection("Sharing", sharing, false, true));
        }
        return sections.Where(s => s.Fields.Count > 0 || s.HasBody).ToList();
    }

    private const string Body = "body";

    /// <summary>What only catalogues, search engines and shared links show.</summary>
    private static readonly string[] Sharing = ["portugueseTitle", "portugueseSummary", "metaDescription", "socialTitle"];

    private static readonly Dictionary<string, (string Key, string[] Names)[]> Layouts = new(StringComparer.Ordinal)
    {
        ["disclosure"] =
        [
            ("Catalogue", ["indexNumber", "documentNumber", "issuingBody", "category", "subject", "genre", "disclosureMethod"]),
            ("DatesValidity", ["dateCreated", "publicationDate", "validity", "validityDate", "replacedBy", "interpretation"]),
            ("Body", ["title", "summary", Body]),
            ("Attachments", ["attachments"]),
        ],
    };

    private static List<FormField> Pick(List<FormField> all, IEnumerable<string> names, HashSet<string> placed)
    {
        var picked = names.Select(n => all.FirstOrDefault(f => f.Name == n)).OfType<FormField>().Where(f => placed.Add(f.Name)).ToList();
        return picked;
    }
}
