namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// The figures of one year's report in the national template (国办公开办函〔2021〕30号 附件): proactive disclosures
/// per catalogue category (table 二) and the requests' table 三, one count per row and applicant column.
/// </summary>
public sealed record AnnualReportFigures(int Year, IReadOnlyList<CategoryCount> Proactive, IReadOnlyList<RequestRow> Requests)
{
    public RequestRow Row(string key) => Requests.Single(r => r.Key == key);
}

public sealed record CategoryCount(string Category, string Name, int Count);

/// <summary>One row of table 三; <see cref="Counts"/> follow <see cref="ApplicantColumn"/>, the total is their sum.</summary>
public sealed record RequestRow(string Key, string Label, int Level, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();

    public int this[ApplicantColumn column] => Counts[(int)column];
}

/// <summary>The template's columns: 自然人, then 法人或其他组织 by kind.</summary>
public enum ApplicantColumn
{
    NaturalPerson,
    Business,
    Research,
    NonProfit,
    LegalServices,
    Other,
}
