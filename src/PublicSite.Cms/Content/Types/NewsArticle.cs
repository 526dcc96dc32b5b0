using System.ComponentModel.DataAnnotations;

namespace PublicSite.Cms.Content.Types;

/// <summary>A dated news article (苏澳合作园区动态).</summary>
[ContentType("news", "news", DateField = nameof(Date))]
public sealed class NewsArticle
{
    [Field(FieldScope.Shared, Label = "Date"), Required]
    public DateOnly? Date { get; set; }

    [Field(FieldScope.Shared, Label = "Tags")]
    public List<string> Tags { get; set; } = [];

    [Field(FieldScope.Shared, Label = "LeadImage")]
    public string? LeadImage { get; set; }

    [Field(FieldScope.Localized, Label = "LeadImageAlt"), MaxLength(250)]
    public string? LeadImageAlt { get; set; }

    [Field(FieldScope.Localized, Label = "Source"), MaxLength(120)]
    public string? Source { get; set; }
}
