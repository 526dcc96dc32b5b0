namespace PublicSite.Traditional.Measure;

/// <summary>
/// Differences from s2hk reviewed by hand and judged right for Macau readers (or an identifier kept as issued):
/// <c>ours-fragment TAB s2hk-fragment TAB why</c>; a difference is accepted when its context contains the fragment.
/// </summary>
public sealed class ReviewedDifferences(IReadOnlyList<(string Ours, string Reference)> entries)
{
    public bool Accepts(CharacterDifference difference) =>
        entries.Any(e => difference.Ours.Contains(e.Ours, StringComparison.Ordinal) && difference.Reference.Contains(e.Reference, StringComparison.Ordinal));

    public static ReviewedDifferences Load(string path) => new(File.Exists(path)
        ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).Where(p => p.Length >= 2).Select(p => (p[0], p[1])).ToList()
        : []);
}
