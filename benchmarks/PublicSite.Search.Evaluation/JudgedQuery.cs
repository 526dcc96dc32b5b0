namespace PublicSite.Search.Evaluation;

/// <summary>
/// One line of <c>queries.tsv</c>: what a visitor typed, where they searched (<c>zh</c>, <c>pt</c> or <c>both</c>),
/// the kind of query it stands for, and the grade (3 the answer, 2 very relevant, 1 related) of each item, by seed key.
/// </summary>
internal sealed record JudgedQuery(int Line, string Kind, string Scope, string Text, IReadOnlyDictionary<string, int> Grades)
{
    /// <summary>The cultures searched, as the site's search page passes them; empty means both languages.</summary>
    public IReadOnlyList<string> Languages => Scope switch
    {
        "zh" => ["zh-CN"],
        "pt" => ["pt-PT"],
        _ => [],
    };

    public bool HasRelevant => Grades.Values.Any(g => g > 0);
}
