namespace PublicSite.Web.Features.Inspection;

/// <summary>What the inspection rules would find today: every column's freshness and every broken link.</summary>
public sealed record InspectionReport(DateOnly Day, IReadOnlyList<ColumnFreshness> Columns, IReadOnlyList<BrokenLink> BrokenLinks)
{
    public IEnumerable<ColumnFreshness> Failing => Columns.Where(c => c.State == FreshnessState.Red);

    public bool AnyRed => Failing.Any() || BrokenLinks.Count > 0;

    /// <summary>One key per red finding, to tell a finding that has just turned red from one already reported.</summary>
    public IReadOnlySet<string> RedKeys =>
        Failing.Select(c => $"column:{c.Column.Key}:{c.Language.Code}")
            .Concat(BrokenLinks.Select(b => $"link:{b.ItemId:N}:{b.Language}:{b.Target}"))
            .ToHashSet(StringComparer.Ordinal);
}
