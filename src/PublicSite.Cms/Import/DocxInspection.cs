using System.IO.Compression;

namespace PublicSite.Cms.Import;

/// <summary>
/// Refuses what must not be opened as a notice before the OpenXML SDK reads it: an OLE compound file (a password
/// protected .docx is one, as is an old .doc), a file that is no zip, a macro-enabled package, or a zip that would
/// inflate far beyond any notice.
/// </summary>
internal static class DocxInspection
{
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const long MaxInflatedBytes = 256L * 1024 * 1024;

    public static void Check(Stream content, string fileName)
    {
        if (fileName.EndsWith(".docm", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".dotm", StringComparison.OrdinalIgnoreCase))
        {
            throw new NoticeRejectedException("DocxMacros");
        }
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (read == head.Length && head.SequenceEqual(CompoundFile))
        {
            throw new NoticeRejectedException("DocxEncrypted");
        }
        if (read < 4 || head[0] != 'P' || head[1] != 'K')
        {
            throw new NoticeRejectedException("DocxBroken");
        }
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            long inflated = 0;
            foreach (var entry in zip.Entries)
            {
                inflated += entry.Length;
                if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)
                    || entry.FullName.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
                {
                    throw new NoticeRejectedException("DocxMacros");
                }
            }
            if (inflated > MaxInflatedBytes)
            {
                throw new NoticeRejectedException("DocxBroken");
            }
            var types = zip.GetEntry("[Content_Types].xml") ?? throw new NoticeRejectedException("DocxBroken");
            using var reader = new StreamReader(types.Open());
            if (reader.ReadToEnd().Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                throw new NoticeRejectedException("DocxMacros");
            }
        }
        catch (InvalidDataException)
        {
            throw new NoticeRejectedException("DocxBroken");
        }
        finally
        {
            content.Position = 0;
        }
    }
}
