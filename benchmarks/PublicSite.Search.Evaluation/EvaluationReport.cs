using System.Globalization;

namespace PublicSite.Search.Evaluation;

/// <summary>The scores of both searches for each judged query, and the tables printed from them.</summary>
internal sealed class EvaluationReport
{
    private readonly List<Scored> _scores = [];

    public void Add(JudgedQuery query, Ranking ours, Ranking baseline) => _scores.Add(new Scored(query, Score(query, ours), Score(query, baseline), ours, baseline));

    /// <summary>A markdown table: per kind and overall, ours against the baseline. Queries without a relevant item are left out.</summary>
    public IEnumerable<string> Table()
    {
        yield return "| kind | queries | nDCG@10 ours | baseline | MRR@10 ours | baseline | zero results ours | baseline |";
        yield return "|---|---|---|---|---|---|---|---|";
        var judged = _scores.Where(s => s.Query.HasRelevant).ToList();
        foreach (var kind in judged.GroupBy(s => s.Query.Kind))
        {
            yield return Row(kind.Key, kind.ToList());
        }
        yield return Row("**overall**", judged);
    }

    /// <summary>Our lowest-scoring queries, with what came first: where tuning should look.</summary>
    public IEnumerable<string> Worst(int count)
    {
        foreach (var s in _scores.Where(s => s.Query.HasRelevant).OrderBy(s => s.Ours.Ndcg).ThenBy(s => s.Query.Line).Take(count))
        {
            var best = s.Query.Grades.Values.Max();
            var wanted = string.Join(' ', s.Query.Grades.Where(g => g.Value == best).Select(g => g.Key));
            var first = s.Ranking.Keys.Count == 0 ? "(no results)" : string.Join(' ', s.Ranking.Keys.Take(3));
            yield return Invariant($"  {s.Ours.Ndcg:0.00} (baseline {s.Baseline.Ndcg:0.00})  {s.Query.Kind,-16} {s.Query.Scope,-4} {s.Query.Text}  wanted: {wanted}  got: {first}");
        }
    }

    /// <summary>
    /// Every query of one kind, ours against the baseline, with both first five results graded: where a kind that
    /// loses to the baseline loses.
    /// </summary>
    public IEnumerable<string> Kind(string kind)
    {
        foreach (var s in _scores.Where(s => s.Query.Kind == kind && s.Query.HasRelevant).OrderBy(s => s.Ours.Ndcg - s.Baseline.Ndcg))
        {
            yield return Invariant($"  {s.Ours.Ndcg:0.000} (baseline {s.Baseline.Ndcg:0.000})  {s.Query.Scope,-4} {s.Query.Text}");
            yield return "      ours:     " + Graded(s.Query, s.Ranking);
            yield return "      baseline: " + Graded(s.Query, s.BaselineRanking);
        }
    }

    public Metrics Overall(bool ours)
    {
        var judged = _scores.Where(s => s.Query.HasRelevant).Select(s => ours ? s.Ours : s.Baseline).ToList();
        return new Metrics(judged.Average(m => m.Ndcg), judged.Average(m => m.ReciprocalRank), judged.Average(m => m.ZeroResults));
    }

    private static Metrics Score(JudgedQuery query, Ranking ranking) =>
        new(RelevanceMetrics.Ndcg(ranking.Keys, query.Grades), RelevanceMetrics.ReciprocalRank(ranking.Keys, query.Grades), ranking.Total == 0 ? 1 : 0);

    private static string Graded(JudgedQuery query, Ranking ranking) =>
        ranking.Keys.Count == 0 ? "(no results)" : string.Join(' ', ranking.Keys.Take(5).Select(k => Invariant($"{k}:{query.Grades.GetValueOrDefault(k)}")));

    private static string Row(string name, List<Scored> rows)
    {
        double Mean(Func<Scored, double> value) => rows.Average(value);
        return Invariant($"| {name} | {rows.Count} | {Mean(s => s.Ours.Ndcg):0.000} | {Mean(s => s.Baseline.Ndcg):0.000} | {Mean(s => s.Ours.ReciprocalRank):0.000} | {Mean(s => s.Baseline.ReciprocalRank):0.000} | {Mean(s => s.Ours.ZeroResults) * 100:0.0} % | {Mean(s => s.Baseline.ZeroResults) * 100:0.0} % |");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Scores of one query (<see cref="ZeroResults"/> is 1 or 0), or their means over many.</summary>
    internal sealed record Metrics(double Ndcg, double ReciprocalRank, double ZeroResults);

    private sealed record Scored(JudgedQuery Query, Metrics Ours, Metrics Baseline, Ranking Ranking, Ranking BaselineRanking);
}
