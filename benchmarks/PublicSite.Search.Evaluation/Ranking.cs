namespace PublicSite.Search.Evaluation;

/// <summary>The first results of one search as item keys, best first, and how many matched in all.</summary>
internal sealed record Ranking(IReadOnlyList<string> Keys, int Total);
