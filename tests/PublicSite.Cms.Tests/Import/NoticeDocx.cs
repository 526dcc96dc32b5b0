using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace PublicSite.Cms.Tests.Import;

/// <summary>
/// Writes .docx files in the GB/T 9704-2012 layout with the OpenXML SDK, as Word or WPS would: masthead in red,
/// 发文字号 and title centred (title in 二号, 22 pt), body in 三号 (16 pt) with a two-character first-line indent,
/// signature and date right-aligned. Shared by the CMS, web and browser tests.
/// </summary>
public sealed class NoticeDocx
{
    private const string BodySize = "32";
    private readonly List<Func<MainDocumentPart, OpenXmlElement>> _blocks = [];
    private readonly List<(string Text, bool Ordered)> _pendingList = [];
    private bool _macros;

    public NoticeDocx Masthead(string text) => Add(_ => Para(text, JustificationValues.Center, "52", color: "FF0000"));

    public NoticeDocx Centered(string text, string size = BodySize) => Add(_ => Para(text, JustificationValues.Center, size));

    public NoticeDocx Title(string text) => Centered(text, "44");

    public NoticeDocx Paragraph(string text) => Add(_ => Para(text, null, BodySize, indent: true));

    public NoticeDocx Flush(string text) => Add(_ => Para(text, null, BodySize));

    public NoticeDocx Right(string text) => Add(_ => Para(text, JustificationValues.Right, BodySize));

    /// <summary>A paragraph of runs, each bold or not, as Word writes a run-in bold 第一条.</summary>
    public NoticeDocx Runs(params (string Text, bool Bold)[] runs) => Add(_ =>
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Indentation { FirstLineChars = 200 }));
        foreach (var (text, bold) in runs)
        {
            paragraph.Append(Run(text, BodySize, bold: bold));
        }
        return paragraph;
    });

    public NoticeDocx ListItem(string text, bool ordered, int level = 0) => Add(main =>
    {
        var numId = ordered ? 2 : 1;
        EnsureNumbering(main);
        return new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            Run(text, BodySize));
    });

    public NoticeDocx Table(params string[][] rows) => Add(_ =>
    {
        var table = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Para(cell, JustificationValues.Center, "28")))));
        }
        return table;
    });

    /// <summary>A picture in its own paragraph, embedded as Word embeds it (inline drawing, blip, image part).</summary>
    public NoticeDocx Image(byte[] png, string description) => Add(main =>
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }
        var id = main.GetIdOfPart(part);
        const long cx = 990000, cy = 792000;
        var drawing = new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.DocProperties { Id = 1U, Name = "Picture 1", Description = description },
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = 0U, Name = "image.png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }), new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" })));
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(drawing));
    });

    public NoticeDocx PageBreak() => Add(_ => new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>Saved as a macro-enabled document (.docm) with a VBA project part.</summary>
    public NoticeDocx WithMacros()
    {
        _macros = true;
        return this;
    }

    public byte[] Bytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, _macros ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body());
            foreach (var block in _blocks)
            {
                main.Document.Body!.Append(block(main));
            }
            main.Document.Body!.Append(new SectionProperties(new PageSize { Width = 11906U, Height = 16838U }));
            if (_macros)
            {
                var vba = main.AddNewPart<VbaProjectPart>();
                using var code = new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
                vba.FeedData(code);
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The head of an OLE compound file as Word writes a password-protected .docx (EncryptionInfo and
    /// EncryptedPackage streams inside a CFB container): what matters is that it is not a zip.
    /// </summary>
    public static byte[] Encrypted()
    {
        var bytes = new byte[4096];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(bytes, 0);
        System.Text.Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        System.Text.Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(bytes, 1152);
        return bytes;
    }

    /// <summary>A 1×1 PNG: signature, IHDR, IDAT, IEND.</summary>
    public static byte[] TinyPng() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    /// <summary>A .docx cut off halfway, as an interrupted download leaves it.</summary>
    public byte[] Truncated()
    {
        var whole = Bytes();
        return whole[..(whole.Length / 2)];
    }

    private NoticeDocx Add(Func<MainDocumentPart, OpenXmlElement> block)
    {
        _blocks.Add(block);
        return this;
    }

    private static Paragraph Para(string text, JustificationValues? justification, string size, bool indent = false, string? color = null)
    {
        var properties = new ParagraphProperties();
        if (justification is { } j)
        {
            properties.Append(new Justification { Val = j });
        }
        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }
        return new Paragraph(properties, Run(text, size, color: color));
    }

    private static Run Run(string text, string size, bool bold = false, string? color = null)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = "仿宋_GB2312" });
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (color is not null)
        {
            properties.Append(new Color { Val = color });
        }
        properties.Append(new FontSize { Val = size });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static void EnsureNumbering(MainDocumentPart main)
    {
        if (main.NumberingDefinitionsPart is not null)
        {
            return;
        }
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            AbstractNum(1, NumberFormatValues.Bullet, "•"),
            AbstractNum(2, NumberFormatValues.Decimal, "%1."),
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
            new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
    }

    private static AbstractNum AbstractNum(int id, NumberFormatValues format, string text) =>
        new(Enumerable.Range(0, 3).Select(level => new Level(new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = level }))
        { AbstractNumberId = id };
}
