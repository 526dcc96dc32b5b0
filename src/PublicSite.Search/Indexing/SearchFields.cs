namespace PublicSite.Search.Indexing;

/// <summary>Names of the index's fields; the analysis of each is set in <see cref="Analysis.SearchAnalysis"/>.</summary>
public static class SearchFields
{
    // Exact keys: not analysed.
    public const string Id = "id";
    public const string Item = "item";
    public const string Language = "lang";
    public const string Type = "type";
    public const string Year = "year";
    public const string IssuingBody = "body";
    public const string Exact = "exact";

    // Doc values read by the collector: days since 0001-01-01 and UTC ticks.
    public const string Date = "date";
    public const string VisibleFrom = "from";
    public const string VisibleUntil = "until";

    // Stored only, for result lists.
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Text = "text";
    public const string IndexNumber = "indexNumber";
    public const string DocumentNumber = "documentNumber";

    // Analysed text: Chinese twice (words and bigrams) and its distinct characters, Portuguese once.
    public const string ChineseTitleWords = "zh_title_w";
    public const string ChineseWords = "zh_w";
    public const string ChineseBigrams = "zh_bi";
    public const string ChineseCharacters = "zh_ch";
    public const string PortugueseTitle = "pt_title";
    public const string Portuguese = "pt";
}
