using System.ComponentModel.DataAnnotations;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Content.Types;

/// <summary>A structured guidance page (办事指南), e.g. identity recognition for schooling.</summary>
[ContentType("guidance", "guidance")]
public sealed class GuidancePage : IPortugueseCatalogueText, IPageMetadata
{
    [Field(FieldScope.Localized, Label = "WhoQualifies"), DataType(DataType.MultilineText)]
    public string? WhoQualifies { get; set; }

    [Field(FieldScope.Localized, Label = "Steps")]
    public List<string> Steps { get; set; } = [];

    [Field(FieldScope.Localized, Label = "Checklist")]
    public List<string> Checklist { get; set; } = [];

    [Field(FieldScope.Localized, Label = "Windows"), DataType(DataType.MultilineText)]
    public string? Windows { get; set; }

    [Field(FieldScope.Localized, Label = "Office")]
    public OfficeDetails? Office { get; set; }

    [Field(FieldScope.Localized, Label = "Faq")]
    public List<QuestionAndAnswer> Faq { get; set; } = [];

    [Field(FieldScope.Localized, Label = "Forms")]
    public List<AttachmentRef> Forms { get; set; } = [];

    [Field(FieldScope.Shared, Label = "PortugueseTitle"), MaxLength(300, ErrorMessage = ValidationMessages.TooLong)]
    public string? PortugueseTitle { get; set; }

    [Field(FieldScope.Shared, Label = "PortugueseSummary"), MaxLength(1000, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? PortugueseSummary { get; set; }

    [Field(FieldScope.Localized, Label = "MetaDescription"), MaxLength(200, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? MetaDescription { get; set; }

    [Field(FieldScope.Localized, Label = "SocialTitle"), MaxLength(120, ErrorMessage = ValidationMessages.TooLong)]
    public string? SocialTitle { get; set; }
}

public sealed class OfficeDetails
{
    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? Hours { get; set; }

    public string? Phone { get; set; }
}

public sealed class QuestionAndAnswer
{
    public string Q { get; set; } = "";

    public string A { get; set; } = "";
}
