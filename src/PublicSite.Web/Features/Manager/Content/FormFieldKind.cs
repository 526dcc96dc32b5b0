namespace PublicSite.Web.Features.Manager.Content;

/// <summary>How a content type's field is edited, derived from the property's type and attributes.</summary>
public enum FormFieldKind
{
    Text,
    TextArea,
    Date,
    DateTime,
    Number,
    Select,
    /// <summary>A list of strings: one per line.</summary>
    Lines,
    /// <summary>A list of small records: one per line, values separated by " | ".</summary>
    Records,
    /// <summary>One small record: an input per value.</summary>
    Group,
    /// <summary>The id of a media library file (e.g. the lead image), chosen with the picker.</summary>
    Media,
    /// <summary>Attachments as rows: a library file and its title in each language.</summary>
    Attachments,
}
