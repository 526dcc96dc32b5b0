using PublicSite.Search.Evaluation;

namespace PublicSite.Search.Tests.Evaluation;

public sealed class RelevanceMetricsTests
{
    private static readonly Dictionary<string, int> Grades = new(StringComparer.Ordinal) { ["a"] = 3, ["b"] = 2, ["c"] = 1 };

    [Fact]
    public void Ndcg_of_a_known_ranking_matches_the_hand_computed_value()
    {
        // DCG = (2^1-1)/log2(2) + (2^3-1)/log2(3) = 1 + 4.416508; ideal a,b,c = 7 + 3/log2(3) + 1/2 = 9.392789.
        Assert.Equal(0.576667, RelevanceMetrics.Ndcg(["c", "a", "x"], Grades), 5);
    }

    [Fact]
    public void Ndcg_is_one_for_the_ideal_order_and_zero_without_a_relevant_item()
    {
        Assert.Equal(1.0, RelevanceMetrics.Ndcg(["a", "b", "c", "x"], Grades), 9);
        Assert.Equal(0.0, RelevanceMetrics.Ndcg(["x", "y"], Grades));
        Assert.Equal(0.0, RelevanceMetrics.Ndcg([], Grades));
    }

    [Fact]
    public void An_item_met_again_in_its_other_language_gains_nothing()
    {
        Assert.True(RelevanceMetrics.Ndcg(["a", "a", "b", "c"], Grades) < RelevanceMetrics.Ndcg(["a", "b", "c"], Grades));
        Assert.Equal(0.5, RelevanceMetrics.ReciprocalRank(["x", "a", "a"], Grades), 9);
    }

    [Fact]
    public void Only_the_first_ten_results_count()
    {
        var late = Enumerable.Range(0, 10).Select(i => "x" + i).Append("a").ToList();
        Assert.Equal(0.0, RelevanceMetrics.Ndcg(late, Grades));
        Assert.Equal(0.0, RelevanceMetrics.ReciprocalRank(late, Grades));
    }

    [Fact]
    public void Reciprocal_rank_is_one_over_the_rank_of_the_first_relevant_item()
    {
        Assert.Equal(1.0 / 3, RelevanceMetrics.ReciprocalRank(["x", "y", "b", "a"], Grades), 9);
        Assert.Equal(1.0, RelevanceMetrics.ReciprocalRank(["c"], Grades));
    }
}
