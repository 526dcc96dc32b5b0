using System.Diagnostics;
using System.Globalization;
using PublicSite.Search.Evaluation;

// dotnet run -c Release --project benchmarks/PublicSite.Search.Evaluation [-- --worst 20] [--kind zh-name]
string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var worst = int.Parse(Option("--worst") ?? "20", CultureInfo.InvariantCulture);
var kinds = args.Select((a, i) => (a, i)).Where(p => p.a == "--kind" && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();
var here = AppContext.BaseDirectory;
var queries = QueryFile.Parse(await File.ReadAllTextAsync(Path.Combine(here, "queries.tsv")));
var watch = Stopwatch.StartNew();
await using var corpus = await EvaluationCorpus.CreateAsync([Path.Combine(here, "content-seed"), Path.Combine(here, "documents")], CancellationToken.None);
using var baseline = new BaselineSearch(corpus.Documents);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PublicSite search evaluation: {queries.Count} judged queries over {corpus.Documents.Count} documents ({corpus.Documents.Select(d => d.ItemKey).Distinct().Count()} items), set up in {watch.Elapsed.TotalSeconds:0.0} s"));

var report = new EvaluationReport();
foreach (var query in queries)
{
    report.Add(query, corpus.Search(query), baseline.Search(query));
}
Console.WriteLine();
foreach (var line in report.Table())
{
    Console.WriteLine(line);
}
Console.WriteLine();
Console.WriteLine($"Our {worst} worst queries (nDCG@10):");
foreach (var line in report.Worst(worst))
{
    Console.WriteLine(line);
}
foreach (var kind in kinds)
{
    Console.WriteLine();
    Console.WriteLine($"Kind {kind}, worst against the baseline first (first five results, item:grade):");
    foreach (var line in report.Kind(kind))
    {
        Console.WriteLine(line);
    }
}
var overall = report.Overall(ours: true);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"targets: nDCG@10 {overall.Ndcg:0.000} (≥ 0.90: {(overall.Ndcg >= 0.9 ? "met" : "not met")}), zero results {overall.ZeroResults * 100:0.0} % (≤ 2 %: {(overall.ZeroResults <= 0.02 ? "met" : "not met")})"));
