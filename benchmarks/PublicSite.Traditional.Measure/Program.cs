using System.Diagnostics;
using System.Globalization;
using PublicSite.Traditional.Measure;
using PublicSite.Web.Features.Traditional;

// Converts the seed's Chinese titles, summaries and bodies with the site's converter and with OpenCC's s2hk
// (Debian's `opencc`, a measuring tool only), and counts the characters where they differ and no hand review
// (reviewed.tsv) says ours is right for Macau usage.
// Usage: dotnet run --project benchmarks/PublicSite.Traditional.Measure -- [content-seed folder]
var seed = Path.GetFullPath(args.Length > 0 ? args[0] : "content-seed");
var phrases = PhraseTable.Load(Path.Combine(seed, "traditional-phrases.txt"));
var converter = new TraditionalConverter(phrases);
var reviewed = ReviewedDifferences.Load(Path.Combine(AppContext.BaseDirectory, "reviewed.tsv"));
var texts = SeedText.ReadAll(seed);

var started = Stopwatch.GetTimestamp();
var ours = texts.Select(t => converter.Convert(t.Text)).ToList();
var cold = Stopwatch.GetElapsedTime(started);
started = Stopwatch.GetTimestamp();
foreach (var text in texts)
{
    converter.Convert(text.Text);
}
var warm = Stopwatch.GetElapsedTime(started);
var reference = await OpenCc.ConvertAsync(texts.Select(t => t.Text).ToList(), "s2hk.json");
var standard = await OpenCc.ConvertAsync(texts.Select(t => t.Text).ToList(), "s2t.json");

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phrase table: {phrases.Count} phrases; seed: {texts.Count} texts, {texts.Sum(t => t.Text.Length)} characters"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"conversion of the whole seed: first {cold.TotalMilliseconds:0} ms (ICU rules loaded on first use), cached {warm.TotalMilliseconds:0.0} ms"));
Console.WriteLine();
Console.WriteLine("| part | texts | Han characters | differ from s2hk | 「」 for “” | HK glyph only (ours = s2t) | reviewed, ours kept | wrong | per 10,000 |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
var wrongList = new List<string>();
foreach (var part in new[] { "title", "summary", "body" })
{
    int han = 0, differing = 0, quotes = 0, glyphs = 0, kept = 0;
    var indices = Enumerable.Range(0, texts.Count).Where(i => texts[i].Part == part).ToList();
    foreach (var i in indices)
    {
        han += texts[i].Text.Count(c => c >= '\u3400' && c <= '\u9fff');
        foreach (var difference in CharacterDifference.Between(texts[i].Text, ours[i], reference[i], standard[i]))
        {
            differing++;
            if (difference.Kind == DifferenceKind.QuotationMark)
            {
                quotes++;
            }
            else if (difference.Kind == DifferenceKind.HongKongGlyph)
            {
                glyphs++;
            }
            else if (reviewed.Accepts(difference))
            {
                kept++;
            }
            else
            {
                wrongList.Add($"{texts[i].File} {part}: {difference}");
            }
        }
    }
    var wrong = differing - quotes - glyphs - kept;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {indices.Count} | {han} | {differing} | {quotes} | {glyphs} | {kept} | {wrong} | {(han == 0 ? 0 : wrong * 10_000.0 / han):0.00} |"));
}
Console.WriteLine();
Console.WriteLine(wrongList.Count == 0 ? "No unreviewed differences." : "Unreviewed differences (ours → s2hk), to fix in the phrase table or review:");
foreach (var line in wrongList)
{
    Console.WriteLine("  " + line);
}
