using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PublicSite.Cms.Import;

/// <summary>Reads the body of a Word document into <see cref="DocxBlock"/>s in order, collecting its embedded pictures.</summary>
internal sealed class DocxBlocks(MainDocumentPart main)
{
    private static readonly Dictionary<string, string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png", ["image/jpeg"] = ".jpg", ["image/jpg"] = ".jpg", ["image/webp"] = ".webp",
    };

    public List<ImportedImage> Images { get; } = [];

    /// <summary>Pictures in formats the media library does not take (EMF, WMF, GIF…): left out and reported.</summary>
    public int RefusedImages { get; private set; }

    public IEnumerable<DocxBlock> Read(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    yield return Paragraph(paragraph);
                    break;
                case Table table:
                    yield return new DocxBlock(table.InnerText, "") { Table = TableMarkdown(table) };
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    foreach (var block in Read(content))
                    {
                        yield return block;
                    }
                    break;
                case SectionProperties or BookmarkStart or BookmarkEnd or ProofError:
                    break;
                default:
                    if (element.InnerText.Trim().Length > 0)
                    {
                        yield return new DocxBlock(element.InnerText.Trim(), element.InnerText.Trim()) { Unusual = true };
                    }
                    break;
            }
        }
    }

    private DocxBlock Paragraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var justification = properties?.Justification?.Val?.Value;
        var runs = paragraph.Descendants<Run>().Where(r => !r.Ancestors<TextBoxContent>().Any()).ToList();
        var (text, inline, images) = Inline(runs);
        var sizes = runs.Select(r => r.RunProperties?.FontSize?.Val?.Value)
            .Append(properties?.ParagraphMarkRunProperties?.GetFirstChild<FontSize>()?.Val?.Value)
            .Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : 0);
        return new DocxBlock(text.Trim(), inline.Trim())
        {
            Centered = justification == JustificationValues.Center,
            RightAligned = justification == JustificationValues.Right || justification == JustificationValues.End,
            FontSize = sizes.DefaultIfEmpty(0).Max(),
            Red = runs.Any(r => IsRed(r.RunProperties?.Color?.Val?.Value)),
            HeadingStyle = HeadingLevel(properties?.ParagraphStyleId?.Val?.Value),
            List = ListOf(properties?.NumberingProperties),
            Images = images,
            Unusual = paragraph.Descendants<TextBoxContent>().Any() || paragraph.Descendants<FieldCode>().Any(f => f.Text.Trim().Length > 0 && !f.Text.Contains("PAGE", StringComparison.Ordinal)),
        };
    }

    /// <summary>Plain text for matching, and Markdown with bold kept (runs of the same weight merged) and pictures as placeholders.</summary>
    private (string Text, string Inline, List<int> Images) Inline(List<Run> runs)
    {
        var plain = new StringBuilder();
        var segments = new List<(string Text, bool Bold)>();
        var images = new List<int>();
        foreach (var run in runs)
        {
            var bold = run.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value);
            foreach (var child in run.ChildElements)
            {
                var piece = child switch
                {
                    Text t => t.Text,
                    TabChar => " ",
                    Drawing drawing => Image(drawing, images),
                    _ => "",
                };
                if (piece.Length == 0)
                {
                    continue;
                }
                if (child is not Drawing)
                {
                    plain.Append(piece);
                }
                if (segments.Count > 0 && segments[^1].Bold == bold && child is not Drawing)
                {
                    segments[^1] = (segments[^1].Text + piece, bold);
                }
                else
                {
                    segments.Add((piece, bold && child is not Drawing));
                }
            }
        }
        var inline = new StringBuilder();
        foreach (var (text, bold) in segments)
        {
            if (!bold || text.Trim().Length == 0)
            {
                inline.Append(text);
                continue;
            }
            var start = text.Length - text.TrimStart().Length;
            var end = text.Length - text.TrimEnd().Length;
            inline.Append(text[..start]).Append("**").Append(text.Trim()).Append("**").Append(text[(text.Length - end)..]);
        }
        return (plain.ToString(), inline.ToString(), images);
    }

    private string Image(Drawing drawing, List<int> images)
    {
        var embed = drawing.Descendants<A.Blip>().FirstOrDefault()?.Embed?.Value;
        if (embed is null || main.GetPartById(embed) is not ImagePart part)
        {
            return "";
        }
        if (!ImageExtensions.TryGetValue(part.ContentType, out var extension))
        {
            RefusedImages++;
            return "";
        }
        using var stream = part.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var description = drawing.Descendants<Wp.DocProperties>().FirstOrDefault()?.Description?.Value;
        var number = Images.Count + 1;
        Images.Add(new ImportedImage(number, copy.ToArray(), extension, description));
        images.Add(number);
        return $"![{Escape(description ?? "")}]({ImportedNotice.ImageReference(number)})";
    }

    private string TableMarkdown(Table table)
    {
        var rows = table.Elements<TableRow>()
            .Select(row => row.Elements<TableCell>()
                .Select(cell => string.Join(" ", cell.Elements<Paragraph>().Select(p => Inline(p.Descendants<Run>().ToList()).Inline.Trim()).Where(t => t.Length > 0)))
                .Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal))
                .ToList())
            .Where(row => row.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return "";
        }
        var columns = rows.Max(r => r.Count);
        var lines = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat("", columns - rows[i].Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (i == 0)
            {
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", columns)));
            }
        }
        return string.Join("\n", lines);
    }

    private (int Level, bool Ordered)? ListOf(NumberingProperties? numbering)
    {
        if (numbering?.NumberingId?.Val?.Value is not { } id || id == 0)
        {
            return null;
        }
        var level = numbering.NumberingLevelReference?.Val?.Value ?? 0;
        var definitions = main.NumberingDefinitionsPart?.Numbering;
        var abstractId = definitions?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id)?.AbstractNumId?.Val?.Value;
        var format = definitions?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)
            ?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
        return (level, format is not null && format != NumberFormatValues.Bullet);
    }

    private static int? HeadingLevel(string? style) => style switch
    {
        null => null,
        "Title" => 0,
        _ when style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(style.AsSpan(7), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 6 => n,
        _ => null,
    };

    /// <summary>A masthead's red (GB/T 9704 prints the issuing body's name in red): strong red, little green or blue.</summary>
    private static bool IsRed(string? hex) =>
        hex is { Length: 6 } && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
        && (rgb >> 16) >= 0xC0 && ((rgb >> 8) & 0xFF) < 0x50 && (rgb & 0xFF) < 0x50;

    private static string Escape(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
