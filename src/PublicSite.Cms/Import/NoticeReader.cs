using System.IO.Packaging;
using System.Text.RegularExpressions;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace PublicSite.Cms.Import;

/// <summary>
/// Reads a notice written in Word (or WPS) in the GB/T 9704-2012 layout: masthead, 发文字号, title, 主送机关, body
/// with its heading levels 一、/（一）/1./（1）, 附件说明, 署名, 成文日期, 附注 and 版记. The parts between title and
/// 版记 stay in the body in their order, as the office's own pages show them.
/// </summary>
public static partial class NoticeReader
{
    /// <summary>Reads the notice, or throws <see cref="NoticeRejectedException"/> for a file that is not a plain .docx.</summary>
    public static ImportedNotice Read(Stream content, string fileName)
    {
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        DocxInspection.Check(copy, fileName);
        try
        {
            using var document = WordprocessingDocument.Open(copy, false);
            if (document.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
            {
                throw new NoticeRejectedException("DocxMacros");
            }
            var main = document.MainDocumentPart ?? throw new NoticeRejectedException("DocxBroken");
            var body = main.Document?.Body ?? throw new NoticeRejectedException("DocxBroken");
            var blocks = new DocxBlocks(main);
            var notice = new NoticeLayout().Read(blocks.Read(body).ToList());
            return notice with { Images = blocks.Images };
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or IOException)
        {
            throw new NoticeRejectedException("DocxBroken");
        }
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    internal static partial Regex FirstLevel();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    internal static partial Regex SecondLevel();

    [GeneratedRegex(@"^\d{1,2}[.．](?!\d)")]
    internal static partial Regex ThirdLevel();

    [GeneratedRegex(@"^[（(]\d{1,2}[）)]")]
    internal static partial Regex FourthLevel();

    [GeneratedRegex(@"^[（(]此件(?<how>主动公开|公开发布|依申请公开|不予公开|删减后公开)[）)]$")]
    internal static partial Regex Publicity();

    [GeneratedRegex(@"^附\s*件\s*[：:]\s*(?<rest>.*)$")]
    internal static partial Regex AttachmentNote();

    [GeneratedRegex(@"^(抄送|抄报|印发)[：:]|印发$")]
    internal static partial Regex Colophon();

    /// <summary>What Markdown would read as its own syntax at the start of a plain paragraph.</summary>
    [GeneratedRegex(@"^(#|>|[-+*]\s|\d+[.)]\s)")]
    internal static partial Regex MarkdownStart();
}
