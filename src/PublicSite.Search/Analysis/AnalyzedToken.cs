namespace PublicSite.Search.Analysis;

/// <summary>One term an analyzer produced, where it stands and what kind it is (e.g. <c>&lt;DOUBLE&gt;</c> for a bigram).</summary>
public sealed record AnalyzedToken(string Term, int Position, string Type, int Start, int End);
