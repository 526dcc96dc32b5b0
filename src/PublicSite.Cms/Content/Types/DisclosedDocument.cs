using System.ComponentModel.DataAnnotations;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Content.Types;

/// <summary>A disclosed government document (政府信息公开) with the national catalogue metadata.</summary>
[ContentType("disclosure", "disclosure", SlugField = nameof(IndexNumber), DateField = nameof(PublicationDate))]
public sealed class DisclosedDocument : IPortugueseCatalogueText, IPageMetadata
{
    /// <summary>索引号: organisation code (9) or credit code (18), year and a five-digit sequence.</summary>
    public const string IndexNumberPattern = @"^([0-9A-Z]{9}|[0-9A-Z]{18})/[0-9]{4}-[0-9]{5}$";

    /// <summary>文件编号 in the GB/T 9704 shape, e.g. 常港发〔2017〕1号.</summary>
    public const string DocumentNumberPattern = @"^\p{IsCJKUnifiedIdeographs}{2,12}〔[0-9]{4}〕[0-9]{1,4}号$";

    /// <summary>Given by <see cref="Disclosure.IndexNumberRegistry"/> when left empty; kept as is when imported.</summary>
    [Field(FieldScope.Shared, Label = "IndexNumber"), RegularExpression(IndexNumberPattern, ErrorMessage = ValidationMessages.IndexNumberShape)]
    public string IndexNumber { get; set; } = "";

    [Field(FieldScope.Shared, Label = "DocumentNumber"), RegularExpression(DocumentNumberPattern, ErrorMessage = ValidationMessages.DocumentNumberShape), MaxLength(40, ErrorMessage = ValidationMessages.TooLong)]
    public string? DocumentNumber { get; set; }

    [Field(FieldScope.Shared, Label = "IssuingBody"), Required(ErrorMessage = ValidationMessages.Required), Taxonomy(Taxonomies.Organisations)]
    public string IssuingBody { get; set; } = "";

    [Field(FieldScope.Shared, Label = "DisclosureCategory"), Required(ErrorMessage = ValidationMessages.Required), Taxonomy(Taxonomies.DisclosureCategories)]
    public string Category { get; set; } = "";

    [Field(FieldScope.Shared, Label = "SubjectCategory"), Taxonomy(Taxonomies.Subjects)]
    public string? Subject { get; set; }

    [Field(FieldScope.Shared, Label = "Genre"), Taxonomy(Taxonomies.Genres)]
    public string? Genre { get; set; }

    [Field(FieldScope.Shared, Label = "DisclosureMethod")]
    public DisclosureMethod DisclosureMethod { get; set; } = DisclosureMethod.Proactive;

    [Field(FieldScope.Shared, Label = "DateCreated")]
    public DateOnly? DateCreated { get; set; }

    [Field(FieldScope.Shared, Label = "PublicationDate"), Required(ErrorMessage = ValidationMessages.Required)]
    public DateOnly? PublicationDate { get; set; }

    [Field(FieldScope.Shared, Label = "Validity")]
    public Validity Validity { get; set; } = Validity.InForce;

    [Field(FieldScope.Shared, Label = "ValidityDate")]
    public DateOnly? ValidityDate { get; set; }

    /// <summary>Key of the document that replaces this one when repealed.</summary>
    [Field(FieldScope.Shared, Label = "ReplacedBy"), ContentLink("disclosure")]
    public string? ReplacedBy { get; set; }

    [Field(FieldScope.Shared, Label = "Interpretation"), ContentLink("disclosure", AllowsUrl = true)]
    public string? Interpretation { get; set; }

    [Field(FieldScope.Shared, Label = "Attachments")]
    public List<AttachmentRef> Attachments { get; set; } = [];

    [Field(FieldScope.Shared, Label = "PortugueseTitle"), MaxLength(300, ErrorMessage = ValidationMessages.TooLong)]
    public string? PortugueseTitle { get; set; }

    [Field(FieldScope.Shared, Label = "PortugueseSummary"), MaxLength(1000, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? PortugueseSummary { get; set; }

    [Field(FieldScope.Localized, Label = "MetaDescription"), MaxLength(200, ErrorMessage = ValidationMessages.TooLong), DataType(DataType.MultilineText)]
    public string? MetaDescription { get; set; }

    [Field(FieldScope.Localized, Label = "SocialTitle"), MaxLength(120, ErrorMessage = ValidationMessages.TooLong)]
    public string? SocialTitle { get; set; }
}

public enum DisclosureMethod
{
    Proactive,
    OnRequest,
}

public enum Validity
{
    InForce,
    Repealed,
    Expired,
}
