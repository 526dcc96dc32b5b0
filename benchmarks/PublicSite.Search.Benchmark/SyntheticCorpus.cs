using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Benchmark;

/// <summary>
/// A bilingual corpus drawn from the seed texts: 70% Chinese, 30% Portuguese, words sampled by their frequency in
/// the seed (so 港澳, 合作, cooperação are as common as on the real site), lengths of real notices and news.
/// </summary>
internal sealed partial class SyntheticCorpus
{
    private static readonly string[] Types = ["disclosure", "disclosure", "disclosure", "disclosure", "disclosure", "news", "news", "news", "programme", "guidance"];
    private static readonly (string Key, string Code)[] Bodies =
        [("fao", "014109568"), ("hkmao", "014109568"), ("edu", "014109321"), ("commerce", "014109436"), ("wujin-park", "11320412MB0F372650")];

    private readonly Random _random;
    private readonly string[] _chinese;
    private readonly string[] _portuguese;

    public SyntheticCorpus(string seedFolder, int seed)
    {
        _random = new Random(seed);
        var zh = new List<string>();
        var pt = new List<string>();
        var dictionary = ChineseDictionary.Shared;
        var route = new List<(int Start, int End)>();
        foreach (var file in Directory.EnumerateFiles(seedFolder, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            if (file.EndsWith(".zh.md", StringComparison.Ordinal))
            {
                foreach (var run in HanRun().Matches(text).Select(m => m.Value))
                {
                    route.Clear();
                    dictionary.Route(run, route);
                    zh.AddRange(route.Select(r => run[r.Start..r.End]));
                }
            }
            else
            {
                pt.AddRange(LatinWord().Matches(text).Select(m => m.Value));
            }
        }
        _chinese = [.. zh];
        _portuguese = [.. pt];
    }

    /// <summary>The n-th document: deterministic for a seed, with a unique index number and slug.</summary>
    public SearchDocument Create(int n)
    {
        var chinese = _random.NextDouble() < 0.7;
        var type = Types[_random.Next(Types.Length)];
        var year = 2012 + _random.Next(15);
        var date = new DateOnly(year, 1 + _random.Next(12), 1 + _random.Next(28));
        var (body, code) = Bodies[_random.Next(Bodies.Length)];
        var disclosure = type == "disclosure";
        var title = chinese ? Chinese(12, 30) : Portuguese(6, 14);
        return new SearchDocument
        {
            VariantId = Guid.CreateVersion7(),
            ItemId = Guid.CreateVersion7(),
            Language = chinese ? "zh-CN" : "pt-PT",
            TypeKey = type,
            Slug = "d" + n.ToString(CultureInfo.InvariantCulture),
            Title = title,
            Summary = chinese ? Chinese(40, 100) : Portuguese(15, 30),
            // Lengths as in the seed: Chinese notices average about 630 characters and news 350; the Portuguese
            // translations about 3,100 and 1,600 characters (some 450 and 230 words).
            Text = chinese ? Chinese(Exactly(LongTail(type == "news" ? 350 : 600, 3000))) : Portuguese(Exactly(LongTail(type == "news" ? 230 : 420, 1400))),
            Date = date,
            IndexNumber = disclosure ? IndexNumber(code, year, n) : null,
            DocumentNumber = disclosure && n % 3 == 0 ? string.Create(CultureInfo.InvariantCulture, $"常港发〔{year}〕{n % 997 + 1}号") : null,
            IssuingBody = disclosure ? body : null,
            VisibleFrom = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
    }

    public static string IndexNumber(string code, int year, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"{code}/{year}-{n % 100_000:D5}");

    private static (int Min, int Max) Exactly(int length) => (length, length + 1);

    private string Chinese((int Min, int Max) length) => Chinese(length.Min, length.Max);

    private string Portuguese((int Min, int Max) words) => Portuguese(words.Min, words.Max);

    private int LongTail(int typical, int max) => Math.Min(max, (int)(typical * Math.Exp((_random.NextDouble() - 0.5) * 1.6)));

    private string Chinese(int min, int max)
    {
        var length = min + _random.Next(Math.Max(1, max - min));
        var text = new StringBuilder(length + 8);
        while (text.Length < length)
        {
            text.Append(_chinese[_random.Next(_chinese.Length)]);
            if (_random.Next(18) == 0)
            {
                text.Append(_random.Next(4) == 0 ? "。" : "，");
            }
        }
        return text.ToString();
    }

    private string Portuguese(int min, int max)
    {
        var words = min + _random.Next(Math.Max(1, max - min));
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => _portuguese[_random.Next(_portuguese.Length)]));
    }

    [GeneratedRegex(@"[\u4E00-\u9FFF]+", RegexOptions.CultureInvariant)]
    private static partial Regex HanRun();

    [GeneratedRegex(@"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();
}
