using System.Collections.Frozen;

namespace PublicSite.Web.Features.Traditional;

/// <summary>
/// Simplified phrases whose Traditional form the character rules get wrong (一简对多繁: 头发 → 頭髮, 皇后 stays 皇后)
/// or that Hong Kong and Macau write differently; a phrase with no replacement is a name kept as written. Read
/// from <c>content-seed/traditional-phrases.txt</c>, one <c>简体=繁體</c> (or <c>名称</c>) a line, so editors can
/// extend it without a release.
/// </summary>
public sealed class PhraseTable
{
    private readonly FrozenDictionary<string, string> _phrases;

    private readonly FrozenDictionary<char, int> _longestByFirst;

    public PhraseTable(IEnumerable<KeyValuePair<string, string>> phrases)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (simplified, traditional) in phrases)
        {
            table[simplified] = traditional;
        }
        _phrases = table.ToFrozenDictionary(StringComparer.Ordinal);
        _longestByFirst = table.Keys.GroupBy(k => k[0]).ToFrozenDictionary(g => g.Key, g => g.Max(k => k.Length));
    }

    public int Count => _phrases.Count;

    /// <summary>The longest phrase starting at <paramref name="start"/>, as its length and replacement.</summary>
    public bool TryMatch(ReadOnlySpan<char> text, int start, out int length, out string replacement)
    {
        length = 0;
        replacement = "";
        if (!_longestByFirst.TryGetValue(text[start], out var longest))
        {
            return false;
        }
        var lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var candidate = Math.Min(longest, text.Length - start); candidate > 0; candidate--)
        {
            if (lookup.TryGetValue(text.Slice(start, candidate), out var found))
            {
                length = candidate;
                replacement = found;
                return true;
            }
        }
        return false;
    }

    public static PhraseTable Parse(IEnumerable<string> lines)
    {
        var phrases = new List<KeyValuePair<string, string>>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line[..comment].Trim();
            }
            if (line.Length == 0)
            {
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var simplified = equals < 0 ? line : line[..equals].Trim();
            var traditional = equals < 0 ? line : line[(equals + 1)..].Trim();
            if (simplified.Length > 0 && traditional.Length > 0)
            {
                phrases.Add(new(simplified, traditional));
            }
        }
        return new PhraseTable(phrases);
    }

    public static PhraseTable Load(string path) => File.Exists(path) ? Parse(File.ReadLines(path)) : new PhraseTable([]);
}
