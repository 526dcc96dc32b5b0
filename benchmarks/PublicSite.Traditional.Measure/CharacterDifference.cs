namespace PublicSite.Traditional.Measure;

/// <summary>A character where two conversions of the same Simplified text differ, with its context.</summary>
public sealed record CharacterDifference(string SimplifiedContext, string Ours, string Reference, DifferenceKind Kind = DifferenceKind.Other)
{
    private const int Context = 3;

    public override string ToString() => $"{SimplifiedContext}: {Ours} → {Reference}";

    /// <summary>
    /// Both conversions keep one character for one; when lengths differ (never seen on the seed) the whole text
    /// counts as one difference per character of the longer, so it cannot pass unnoticed.
    /// </summary>
    public static IEnumerable<CharacterDifference> Between(string simplified, string ours, string reference, string standard)
    {
        if (ours.Length != reference.Length || ours.Length != simplified.Length)
        {
            yield return new CharacterDifference($"length {simplified.Length}/{ours.Length}/{reference.Length}", ours[..Math.Min(40, ours.Length)], reference[..Math.Min(40, reference.Length)]);
            yield break;
        }
        for (var i = 0; i < ours.Length; i++)
        {
            if (ours[i] != reference[i])
            {
                var start = Math.Max(0, i - Context);
                var end = Math.Min(ours.Length, i + Context + 1);
                var kind = "“”‘’".Contains(reference[i], StringComparison.Ordinal) && "「」『』".Contains(ours[i], StringComparison.Ordinal)
                    ? DifferenceKind.QuotationMark
                    : standard.Length == ours.Length && standard[i] == ours[i] ? DifferenceKind.HongKongGlyph : DifferenceKind.Other;
                yield return new CharacterDifference(simplified[start..end], ours[start..end], reference[start..end], kind);
            }
        }
    }
}

public enum DifferenceKind
{
    Other,

    /// <summary>「」 where s2hk keeps “”: the quotation marks of Hong Kong and Macau texts.</summary>
    QuotationMark,

    /// <summary>Ours equals OpenCC's standard form (s2t); s2hk's Hong Kong glyph table alone differs (説/說, 户/戶).</summary>
    HongKongGlyph,
}
