using System.ComponentModel.DataAnnotations;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Content.Types;

/// <summary>An internship (实习) or entrepreneurship (创业) call for HK/Macau youth.</summary>
[ContentType("programme", "programmes")]
public sealed class ProgrammeCall : IPortugueseCatalogueText, IPageMetadata
{
    [Field(FieldScope.Shared, Label = "ProgrammeKind"), Required(ErrorMessage = ValidationMessages.Required)]
    public ProgrammeKind? Kind { get; set; }

    /// <summary>The application deadline; the call is open until this instant.</summary>
    [Field(FieldScope.Shared, Label = "Deadline"), Required(ErrorMessage = ValidationMessages.Required)]
    public DateTimeOffset? Deadline { get; set; }

    [Field(FieldScope.Shared, Label = "StartDate")]
    public DateOnly? StartDate { get; set; }

    [Field(FieldScope.Shared, Label = "EndDate")]
    public DateOnly? EndDate { get; set; }

    [Field(FieldScope.Shared, Label = "Quota"), Range(1, 10000, ErrorMessage = ValidationMessages.OutOfRange)]
    public int? Quota { get; set; }

    [Field(FieldScope.Localized, Label = "Eligibility"), DataType(DataType.MultilineText)]
    public string? Eligibility { get; set; }

    [Field(FieldScope.Localized, Label = "Duration")]
    public string? Duration { get; set; }

    [Field(FieldScope.Localized, Label = "Hosts")]
    public List<HostRole> Hosts { get; set; } = [];

    [Field(FieldScope.Localized, Label = "Stipend"), DataType(DataType.MultilineText)]
    public string? Stipend { get; set; }

    [Field(FieldScope.Localized, Label = "Housing"), DataType(DataType.MultilineText)]
    public string? Housing { get; set; }

    [Field(FieldScope.Localized, Label = "Insurance"), DataType(DataType.MultilineText)]
    public string? Insurance { get; set; }

    [Field(FieldScope.Localized, Label = "Documents")]
    public List<string> Documents { get; set; } = [];

    [Field(FieldScope.Localized, Label = "Selection")]
    public List<string> Selection { get; set; } = [];

    [Field(FieldScope.Localized, Label = "Contact"), DataType(DataType.MultilineText)]
    public string? Contact { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => Deadline is { } deadline && now < deadline;

    [Field(FieldScope.Shared, Label = "PortugueseTitle"), MaxLength(300, ErrorMessage = ValidationMessages.TooLong)]
    public string? PortugueseTitle { get; set; }

    [Field(FieldScope.Shared, Label = "PortugueseSummary"), MaxLength(1000, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? PortugueseSummary { get; set; }

    [Field(FieldScope.Localized, Label = "MetaDescription"), MaxLength(200, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? MetaDescription { get; set; }

    [Field(FieldScope.Localized, Label = "SocialTitle"), MaxLength(120, ErrorMessage = ValidationMessages.TooLong)]
    public string? SocialTitle { get; set; }
}

public enum ProgrammeKind
{
    Internship,
    Entrepreneurship,
}

public sealed class HostRole
{
    public string Name { get; set; } = "";

    public string? Role { get; set; }
}
