namespace PublicSite.Search.Evaluation;

/// <summary>
/// Scores of one ranked list against the judgements. The list holds item keys: an item met a second time (its other
/// language, with scope=both) gains nothing, since the reader has already seen it.
/// </summary>
internal static class RelevanceMetrics
{
    public const int Depth = 10;

    /// <summary>nDCG@10 with gains 2^grade − 1 and a log2(rank + 1) discount; the ideal list is every judged item by grade.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderDescending().Take(Depth).ToList());
        return ideal == 0 ? 0 : Dcg(Gains(ranked, grades)) / ideal;
    }

    /// <summary>MRR@10: one over the rank of the first item graded 1 or more, 0 when none is in the first ten.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var gains = Gains(ranked, grades);
        for (var i = 0; i < gains.Count; i++)
        {
            if (gains[i] > 0)
            {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static List<int> Gains(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ranked.Take(Depth).Select(key => seen.Add(key) && grades.TryGetValue(key, out var grade) ? grade : 0).ToList();
    }

    private static double Dcg(List<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < grades.Count && i < Depth; i++)
        {
            sum += (Math.Pow(2, grades[i]) - 1) / Math.Log2(i + 2);
        }
        return sum;
    }
}
