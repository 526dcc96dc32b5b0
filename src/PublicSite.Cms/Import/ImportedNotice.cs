using PublicSite.Cms.Content.Types;

namespace PublicSite.Cms.Import;

/// <summary>What a GB/T 9704-2012 notice in .docx told: its parts, its body as Markdown, and each original paragraph with what it became.</summary>
public sealed record ImportedNotice
{
    public string Title { get; init; } = "";

    /// <summary>发文字号 with its year brackets normalised to 〔〕.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>Names that may name the issuing body, best first: the masthead (发文机关标志), then the signature.</summary>
    public IReadOnlyList<string> IssuingBodyNames { get; init; } = [];

    /// <summary>主送机关, without its closing colon.</summary>
    public string? Addressees { get; init; }

    /// <summary>署名 lines (the body and its seal note).</summary>
    public IReadOnlyList<string> Signature { get; init; } = [];

    /// <summary>成文日期.</summary>
    public DateOnly? DateCreated { get; init; }

    /// <summary>From the 附注 （此件主动公开）/（此件依申请公开）; null when the notice does not say.</summary>
    public DisclosureMethod? DisclosureMethod { get; init; }

    /// <summary>附件说明: the names of the attachments the notice lists.</summary>
    public IReadOnlyList<string> AttachmentNotes { get; init; } = [];

    public string Body { get; init; } = "";

    public IReadOnlyList<ImportedParagraph> Paragraphs { get; init; } = [];

    /// <summary>Embedded pictures; the body refers to each as <c>![alt](docx-image:N)</c> until it is in the media library.</summary>
    public IReadOnlyList<ImportedImage> Images { get; init; } = [];

    /// <summary>The placeholder the body holds for image <paramref name="number"/>.</summary>
    public static string ImageReference(int number) => $"docx-image:{number}";
}

/// <summary>One paragraph (or table) of the original and what it became; <see cref="Recognised"/> false is shown highlighted.</summary>
public sealed record ImportedParagraph(string Original, NoticePart Part, string? Markdown, bool Recognised);

public sealed record ImportedImage(int Number, byte[] Content, string Extension, string? Description);

/// <summary>The parts of a notice's layout that the importer tells apart.</summary>
public enum NoticePart
{
    Masthead,
    DocumentNumber,
    Title,
    Addressees,
    Heading,
    Paragraph,
    ListItem,
    Table,
    Image,
    AttachmentNote,
    Signature,
    DateCreated,
    Publicity,
    Colophon,
    Unknown,
}
