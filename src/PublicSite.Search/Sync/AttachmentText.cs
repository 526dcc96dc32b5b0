using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging;
using PublicSite.Cms.Media;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PublicSite.Search.Sync;

/// <summary>
/// The text of PDF (PdfPig) and DOCX (Open XML SDK) attachments, indexed with the document that carries them.
/// A file that cannot be read is logged and indexed without its text rather than stopping the sync.
/// </summary>
public sealed class AttachmentText(MediaStore media, ILogger<AttachmentText> logger)
{
    public const int MaxLength = 100_000;

    public async Task<string> ReadAsync(string relativePath, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(relativePath).ToLowerInvariant();
        if (extension is not (".pdf" or ".docx"))
        {
            return "";
        }
        await using var file = media.OpenRead(relativePath);
        if (file is null)
        {
            return "";
        }
        // Both readers are synchronous and want to seek; attachments are small enough to read into memory.
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, cancellationToken);
        memory.Position = 0;
        try
        {
            var text = extension == ".pdf" ? ReadPdf(memory) : ReadDocx(memory);
            return text.Length > MaxLength ? text[..MaxLength] : text;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            logger.LogWarning(e, "The text of attachment {Path} could not be read; it is indexed without it.", relativePath);
            return "";
        }
    }

    private static string ReadPdf(Stream stream)
    {
        using var document = PdfDocument.Open(stream);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.AppendLine(ContentOrderTextExtractor.GetText(page));
            if (text.Length > MaxLength)
            {
                break;
            }
        }
        return text.ToString();
    }

    private static string ReadDocx(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        return body is null ? "" : string.Join('\n', body.Descendants<Paragraph>().Select(p => p.InnerText));
    }
}
