using System.ComponentModel.DataAnnotations;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Content.Types;

/// <summary>A plain page: about, contact, Lusophone enterprise services, accessibility statement.</summary>
[ContentType("page", "pages")]
public sealed class PlainPage : IPortugueseCatalogueText, IPageMetadata
{
    /// <summary>Position in the footer menu; absent means not listed.</summary>
    [Field(FieldScope.Shared, Label = "MenuPosition")]
    public int? Menu { get; set; }

    [Field(FieldScope.Shared, Label = "PortugueseTitle"), MaxLength(300, ErrorMessage = ValidationMessages.TooLong)]
    public string? PortugueseTitle { get; set; }

    [Field(FieldScope.Shared, Label = "PortugueseSummary"), MaxLength(1000, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? PortugueseSummary { get; set; }

    [Field(FieldScope.Localized, Label = "MetaDescription"), MaxLength(200, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? MetaDescription { get; set; }

    [Field(FieldScope.Localized, Label = "SocialTitle"), MaxLength(120, ErrorMessage = ValidationMessages.TooLong)]
    public string? SocialTitle { get; set; }
}
