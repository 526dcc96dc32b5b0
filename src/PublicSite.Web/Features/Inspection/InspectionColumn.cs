using PublicSite.Cms.Content.Types;

namespace PublicSite.Web.Features.Inspection;

/// <summary>
/// A column of the site as the national inspection of government websites judges it (《全国政府网站抽查评分细则》,
/// 国办秘函〔2019〕19号): a column of news not updated for two weeks, a column of notices or policy documents not
/// updated for six months, a home page whose news is older than two weeks, and an empty column each fail the site
/// outright (单项否决). <see cref="FreshFor"/> is null for a column judged only on being empty.
/// </summary>
public sealed record InspectionColumn(string Key, string Path, IReadOnlyList<Type> Types, Freshness? FreshFor)
{
    public static readonly InspectionColumn Home = new("home", "/", [typeof(NewsArticle), typeof(DisclosedDocument)], Freshness.TwoWeeks);
    public static readonly InspectionColumn News = new("news", "/news", [typeof(NewsArticle)], Freshness.TwoWeeks);
    public static readonly InspectionColumn Notices = new("notices", "/disclosure/catalogue", [typeof(DisclosedDocument)], Freshness.SixMonths);
    public static readonly InspectionColumn Programmes = new("programmes", "/programmes", [typeof(ProgrammeCall)], Freshness.SixMonths);
    public static readonly InspectionColumn Guidance = new("guidance", "/guidance", [typeof(GuidancePage)], null);

    public static IReadOnlyList<InspectionColumn> All { get; } = [Home, News, Notices, Programmes, Guidance];

    /// <summary>The resource key of the column's name, <c>Column_news</c>…</summary>
    public string LabelKey => "Column_" + Key;
}

/// <summary>How long a column may go without an update before it fails, and how early the panel warns (amber).</summary>
public sealed record Freshness(int Days, int Months, int WarnDays)
{
    public static readonly Freshness TwoWeeks = new(14, 0, 3);
    public static readonly Freshness SixMonths = new(0, 6, 30);

    /// <summary>The last day a column last updated on <paramref name="latest"/> still passes.</summary>
    public DateOnly LastPassingDay(DateOnly latest) => latest.AddMonths(Months).AddDays(Days);

    public FreshnessState StateOn(DateOnly today, DateOnly? latest) =>
        latest is not { } day ? FreshnessState.Red
        : today > LastPassingDay(day) ? FreshnessState.Red
        : today > LastPassingDay(day).AddDays(-WarnDays) ? FreshnessState.Amber
        : FreshnessState.Green;
}

public enum FreshnessState
{
    Green,
    Amber,
    Red,
}
