using System.ComponentModel.DataAnnotations;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Content.Types;

/// <summary>A dated news article (苏澳合作园区动态).</summary>
[ContentType("news", "news", DateField = nameof(Date))]
public sealed class NewsArticle : IPortugueseCatalogueText, IPageMetadata
{
    [Field(FieldScope.Shared, Label = "Date"), Required(ErrorMessage = ValidationMessages.Required)]
    public DateOnly? Date { get; set; }

    [Field(FieldScope.Shared, Label = "Tags")]
    public List<string> Tags { get; set; } = [];

    [Field(FieldScope.Shared, Label = "LeadImage"), MediaReference(MediaKind.Image)]
    public string? LeadImage { get; set; }

    [Field(FieldScope.Localized, Label = "LeadImageAlt"), MaxLength(250, ErrorMessage = ValidationMessages.TooLong)]
    public string? LeadImageAlt { get; set; }

    [Field(FieldScope.Localized, Label = "Source"), MaxLength(120, ErrorMessage = ValidationMessages.TooLong)]
    public string? Source { get; set; }

    [Field(FieldScope.Shared, Label = "PortugueseTitle"), MaxLength(300, ErrorMessage = ValidationMessages.TooLong)]
    public string? PortugueseTitle { get; set; }

    [Field(FieldScope.Shared, Label = "PortugueseSummary"), MaxLength(1000, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? PortugueseSummary { get; set; }

    [Field(FieldScope.Localized, Label = "MetaDescription"), MaxLength(200, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? MetaDescription { get; set; }

    [Field(FieldScope.Localized, Label = "SocialTitle"), MaxLength(120, ErrorMessage = ValidationMessages.TooLong)]
    public string? SocialTitle { get; set; }
}
