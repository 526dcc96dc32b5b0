using System.Reflection;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Querying;

/// <summary>
/// The office's official names in both languages (<c>language-bridge.tsv</c>, from the glossary): when both languages
/// are searched, a Chinese name also finds the Portuguese texts that use its Portuguese name, and the other way
/// round. Names are kept as analysed terms (Chinese words, Portuguese stems) so that they meet the index's terms.
/// </summary>
internal sealed class LanguageBridge
{
    private readonly List<Entry> _entries;

    private LanguageBridge(List<Entry> entries) => _entries = entries;

    /// <summary>A name: its Chinese forms (folded runs of characters) and its Portuguese forms (stems, in order).</summary>
    public sealed record Entry(IReadOnlyList<string> Chinese, IReadOnlyList<IReadOnlyList<string>> Portuguese, IReadOnlyList<string> PortugueseText);

    public IReadOnlyList<Entry> Entries => _entries;

    public static LanguageBridge Load(SearchAnalysis analysis)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PublicSite.Search.language-bridge.tsv")
            ?? throw new InvalidOperationException("language-bridge.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), analysis);
    }

    internal static LanguageBridge Parse(string table, SearchAnalysis analysis)
    {
        var entries = new List<Entry>();
        foreach (var line in table.Split('\n').Select(l => l.Trim('\r')))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var sides = line.Split('\t');
            if (sides.Length != 2)
            {
                throw new FormatException($"language-bridge.tsv: \"{line}\" is not a Chinese name, a tab and a Portuguese name.");
            }
            var chinese = Forms(sides[0]).Select(SearchFolding.Fold).ToList();
            var portugueseText = Forms(sides[1]).ToList();
            var portuguese = portugueseText
                .Select(f => (IReadOnlyList<string>)analysis.Tokens(SearchFields.Portuguese, f).Select(t => t.Term).ToList())
                .Where(stems => stems.Count > 0)
                .ToList();
            entries.Add(new Entry(chinese, portuguese, portugueseText));
        }
        return new LanguageBridge(entries);
    }

    /// <summary>Names whose Chinese form is a run of <paramref name="foldedText"/>, with where that run lies.</summary>
    public IEnumerable<(Entry Entry, int Start, int End)> InChinese(string foldedText)
    {
        foreach (var entry in _entries)
        {
            foreach (var form in entry.Chinese)
            {
                var at = foldedText.IndexOf(form, StringComparison.Ordinal);
                if (at >= 0)
                {
                    yield return (entry, at, at + form.Length);
                    break;
                }
            }
        }
    }

    /// <summary>Names one of whose Portuguese forms has all its stems among the query's stems, with that form.</summary>
    public IEnumerable<(Entry Entry, IReadOnlyList<string> Form)> InPortuguese(IReadOnlySet<string> stems)
    {
        foreach (var entry in _entries)
        {
            if (entry.Portuguese.Where(f => f.All(stems.Contains)).MaxBy(f => f.Count) is { } form)
            {
                yield return (entry, form);
            }
        }
    }

    private static string[] Forms(string side) =>
        side.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
