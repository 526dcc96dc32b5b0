using System.Collections.Frozen;
using System.Globalization;

namespace PublicSite.Search.Analysis;

/// <summary>
/// Chinese word segmentation with jieba's dictionary (shipped by jieba.NET) and the site's user dictionary, by
/// jieba's own method: every dictionary word starting at each character, then the most probable route through the
/// sentence. Written over spans because jieba.NET's Tokenize ran at 0.03–0.27 million characters a second on this
/// machine, too slow to segment whole documents; this runs an order of magnitude faster with the same words.
/// </summary>
internal sealed class ChineseDictionary
{
    private static readonly Lazy<ChineseDictionary> Loaded = new(() => Load(Folder), LazyThreadSafetyMode.ExecutionAndPublication);

    // Laid out for speed: a flat array for one-character words, and words of two or more characters grouped by
    // their first two characters (one integer-keyed look-up per position), then by their third (a binary search
    // in a short array): a common pair such as 中国 begins hundreds of words, and trying each one at every
    // position was most of the segmentation time.
    private readonly int[] _single;
    private readonly double[] _singleLog;
    private readonly FrozenDictionary<int, PairWords> _byPair;
    private readonly double _logTotal;

    private ChineseDictionary(int[] single, FrozenDictionary<int, PairWords> byPair, long total)
    {
        _single = single;
        _singleLog = single.Select(f => Math.Log(Math.Max(f, 1))).ToArray();
        _byPair = byPair;
        _logTotal = Math.Log(total);
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "jieba");

    public static string UserDictionaryPath => Path.Combine(Folder, "user-dictionary.txt");

    public static ChineseDictionary Shared => Loaded.Value;

    public bool Contains(ReadOnlySpan<char> word) => Frequency(word) > 0;

    public int Frequency(ReadOnlySpan<char> word)
    {
        if (word.Length == 1)
        {
            return _single[word[0]];
        }
        if (word.Length == 0 || !_byPair.TryGetValue(Pair(word[0], word[1]), out var words))
        {
            return 0;
        }
        if (word.Length == 2)
        {
            return words.Frequency;
        }
        foreach (var entry in words.Following(word[2]))
        {
            if (entry.Rest.Length == word.Length - 2 && word[2..].SequenceEqual(entry.Rest))
            {
                return entry.Frequency;
            }
        }
        return 0;
    }

    /// <summary>The most probable split of a run of Han characters into words, as (start, end) pairs.</summary>
    public void Route(ReadOnlySpan<char> run, List<(int Start, int End)> words)
    {
        var n = run.Length;
        Span<double> score = n < 512 ? stackalloc double[n + 1] : new double[n + 1];
        Span<int> next = n < 512 ? stackalloc int[n + 1] : new int[n + 1];
        score[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            // A single character is always a way through.
            score[i] = _singleLog[run[i]] - _logTotal + score[i + 1];
            next[i] = i + 1;
            if (i + 1 < n && _byPair.TryGetValue(Pair(run[i], run[i + 1]), out var pair))
            {
                if (pair.Frequency > 0 && pair.LogFrequency - _logTotal + score[i + 2] is var two && two > score[i])
                {
                    score[i] = two;
                    next[i] = i + 2;
                }
                foreach (var entry in i + 2 < n ? pair.Following(run[i + 2]) : [])
                {
                    var end = i + 2 + entry.Rest.Length;
                    if (end > n)
                    {
                        break; // entries are ordered by length
                    }
                    if (run.Slice(i + 2, entry.Rest.Length).SequenceEqual(entry.Rest))
                    {
                        var candidate = entry.LogFrequency - _logTotal + score[end];
                        if (candidate > score[i])
                        {
                            score[i] = candidate;
                            next[i] = end;
                        }
                    }
                }
            }
        }
        for (var i = 0; i < n; i = next[i])
        {
            words.Add((i, next[i]));
        }
    }

    /// <summary>
    /// jieba's search mode: each word of the route, preceded by the dictionary words of two and three characters
    /// inside it (港澳同胞 also gives 港澳 and 同胞), so that a part finds the whole.
    /// </summary>
    public void SearchWords(ReadOnlySpan<char> run, List<(int Start, int End)> words)
    {
        var first = words.Count;
        Route(run, words);
        var last = words.Count;
        for (var w = first; w < last; w++)
        {
            var (start, end) = words[w];
            var length = end - start;
            for (var gram = 2; gram <= 3 && gram < length; gram++)
            {
                for (var i = start; i + gram <= end; i++)
                {
                    if (Contains(run[i..(i + gram)]))
                    {
                        words.Add((i, i + gram));
                    }
                }
            }
        }
    }

    private static int Pair(char first, char second) => (first << 16) | second;

    private static ChineseDictionary Load(string folder)
    {
        var single = new int[char.MaxValue + 1];
        var longer = new Dictionary<string, int>(400_000, StringComparer.Ordinal);
        long total = 0;
        foreach (var path in new[] { Path.Combine(folder, "dict.txt"), Path.Combine(folder, "user-dictionary.txt") })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The Chinese dictionary {path} is missing; the build copies it beside the app.", path);
            }
            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var frequency) || frequency <= 0)
                {
                    continue;
                }
                // Input is folded before segmentation, so the dictionary is folded the same way.
                var word = SearchFolding.Fold(parts[0]);
                total += frequency;
                if (word.Length == 1)
                {
                    single[word[0]] = Math.Max(single[word[0]], frequency);
                }
                else
                {
                    longer[word] = Math.Max(frequency, longer.GetValueOrDefault(word));
                }
            }
        }
        var byPair = longer
            .GroupBy(w => Pair(w.Key[0], w.Key[1]))
            .ToFrozenDictionary(g => g.Key, g => PairWords.Create(g.ToList()));
        return new ChineseDictionary(single, byPair, Math.Max(total, 1));
    }

    /// <summary>A word after its first two characters: the rest, and how often the whole word occurs.</summary>
    private sealed record Entry(string Rest, int Frequency, double LogFrequency);

    /// <summary>The words beginning with one pair of characters: the pair itself, and longer words by third character.</summary>
    private sealed class PairWords
    {
        private char[] _thirds = [];
        private int[] _from = [];
        private Entry[] _longer = [];

        /// <summary>How often the pair is a word by itself; 0 when it is not.</summary>
        public int Frequency { get; private init; }

        public double LogFrequency { get; private init; }

        public static PairWords Create(List<KeyValuePair<string, int>> words)
        {
            var two = words.FirstOrDefault(w => w.Key.Length == 2).Value;
            var longer = words.Where(w => w.Key.Length > 2)
                .OrderBy(w => w.Key[2]).ThenBy(w => w.Key.Length).ThenBy(w => w.Key, StringComparer.Ordinal)
                .Select(w => new Entry(w.Key[2..], w.Value, Math.Log(w.Value))).ToArray();
            var thirds = longer.Select(e => e.Rest[0]).Distinct().ToArray();
            var from = new int[thirds.Length + 1];
            for (int t = 0, e = 0; t < thirds.Length; t++)
            {
                from[t] = e;
                while (e < longer.Length && longer[e].Rest[0] == thirds[t])
                {
                    e++;
                }
                from[t + 1] = e;
            }
            return new PairWords { Frequency = two, LogFrequency = two > 0 ? Math.Log(two) : 0, _thirds = thirds, _from = from, _longer = longer };
        }

        /// <summary>The words of three or more characters whose third is <paramref name="third"/>, shortest first.</summary>
        public ReadOnlySpan<Entry> Following(char third)
        {
            var at = Array.BinarySearch(_thirds, third);
            return at < 0 ? [] : _longer.AsSpan(_from[at], _from[at + 1] - _from[at]);
        }
    }
}
