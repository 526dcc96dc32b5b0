namespace PublicSite.Cms.Import;

/// <summary>
/// One paragraph or table of the .docx reduced to what the layout rules need: plain text for matching, inline
/// Markdown (bold, images) for the body, alignment, the largest font size (half-points) and colour.
/// </summary>
internal sealed record DocxBlock(string Text, string Inline)
{
    public bool Centered { get; init; }

    public bool RightAligned { get; init; }

    public int FontSize { get; init; }

    public bool Red { get; init; }

    /// <summary>1–6 for Word's own heading styles (标题 1…), 0 for the Title style, null otherwise.</summary>
    public int? HeadingStyle { get; init; }

    /// <summary>Set for a paragraph of a Word list: its level (0-based) and whether it is numbered.</summary>
    public (int Level, bool Ordered)? List { get; init; }

    /// <summary>A whole table, already written as a Markdown pipe table.</summary>
    public string? Table { get; init; }

    public IReadOnlyList<int> Images { get; init; } = [];

    /// <summary>Content the reader could not place (text boxes, fields, content it does not know), shown highlighted.</summary>
    public bool Unusual { get; init; }
}
