using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Inspection;

/// <summary>One column in one language: its newest public item's date, how many it holds, and what the inspection would say today.</summary>
public sealed record ColumnFreshness(InspectionColumn Column, SiteLanguage Language, int Count, DateOnly? Latest, FreshnessState State, DateOnly? FailsAfter);
