using Microsoft.Extensions.DependencyInjection;
using PublicSite.Cms;
using PublicSite.Cms.Content;
using PublicSite.Cms.Seed;
using PublicSite.Search.Evaluation;

namespace PublicSite.Search.Tests.Evaluation;

/// <summary>The judged query file of the evaluation as it is checked in: it parses, and it judges items that exist.</summary>
public sealed class QueryFileTests
{
    private static readonly string Repository = FindRepository();
    private static readonly IReadOnlyList<JudgedQuery> Queries =
        QueryFile.Parse(File.ReadAllText(Path.Combine(Repository, "benchmarks", "PublicSite.Search.Evaluation", "queries.tsv")));

    [Fact]
    public void Every_judged_key_is_an_item_of_the_seed_or_the_evaluation_documents()
    {
        var keys = ItemKeys(Path.Combine(Repository, "content-seed"))
            .Concat(ItemKeys(Path.Combine(Repository, "benchmarks", "PublicSite.Search.Evaluation", "documents"))).ToHashSet();
        var missing = Queries.SelectMany(q => q.Grades.Keys.Where(k => !keys.Contains(k)).Select(k => $"line {q.Line}: {k}")).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_set_has_150_queries_each_with_a_relevant_item_and_every_kind_of_query()
    {
        Assert.True(Queries.Count >= 150, $"{Queries.Count} queries");
        Assert.All(Queries, q => Assert.True(q.HasRelevant, $"line {q.Line} judges no item relevant"));
        string[] kinds = ["zh-word", "zh-short", "zh-traditional", "zh-name", "zh-question", "pt-accented", "pt-unaccented",
            "pt-variant", "pt-orthography", "pt-typo", "number", "cross-language"];
        Assert.Equal(kinds.Order(StringComparer.Ordinal), Queries.Select(q => q.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(Queries, q => q.Text == "Parque de Cooperação" && q.Scope == "both");
        Assert.Contains(Queries, q => q.Text == "orçamento do gabinete 2024" && q.Scope == "pt");
    }

    [Theory]
    [InlineData("kind\tzh\tquery")]
    [InlineData("kind\tsomewhere\tquery\ta:3")]
    [InlineData("kind\tzh\tquery\ta:4")]
    [InlineData("kind\tzh\tquery\ta")]
    [InlineData("kind\tzh\tquery\ta:3 a:2")]
    public void A_malformed_line_is_refused_with_its_line_number(string line)
    {
        var error = Assert.Throws<FormatException>(() => QueryFile.Parse("# comment\n" + line));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    private static List<string> ItemKeys(string root)
    {
        using var services = new ServiceCollection().AddCms(Path.Combine(Path.GetTempPath(), "unused.db")).BuildServiceProvider();
        var types = services.GetRequiredService<ContentTypeRegistry>();
        return types.All.Where(t => Directory.Exists(Path.Combine(root, t.Section)))
            .SelectMany(t => Directory.EnumerateFiles(Path.Combine(root, t.Section), "*.md")
                .Select(path => SeedFileParser.Parse(path, File.ReadAllText(path), t.Section, types).Key))
            .ToList();
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PublicSite.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("PublicSite.sln not found above " + AppContext.BaseDirectory);
    }
}
