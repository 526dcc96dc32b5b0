using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Seed;

namespace PublicSite.Cms.Tests.Import;

/// <summary>
/// The office's 2017 notice 常港发〔2017〕1号 as a .docx in its GB/T 9704 layout, written from the seed's own text:
/// the masthead of the foreign affairs office (市外事办, its 发布机构), the number and title centred, the signature,
/// seal note and date right-aligned, and the 要点 it issues beginning on a new page under its own centred title.
/// </summary>
public static class SeedNoticeDocx
{
    public const string SeedFile = "content-seed/disclosure/2017-hk-macau-work-points.zh.md";

    private static readonly HashSet<string> RightAligned = ["常州市港澳工作协调小组办公室", "（市港澳办代章）", "2017年5月5日"];

    public static SeedFile Seed(string repositoryRoot)
    {
        var path = Path.Combine(repositoryRoot, SeedFile);
        var types = new ContentTypeRegistry().Register<DisclosedDocument>();
        return SeedFileParser.Parse(path, File.ReadAllText(path), "disclosure", types);
    }

    public static byte[] Bytes(string repositoryRoot)
    {
        var seed = Seed(repositoryRoot);
        var docx = new NoticeDocx()
            .Masthead("常州市人民政府外事办公室文件")
            .Centered(seed.Shared["documentNumber"]!.GetValue<string>())
            .Title(seed.Title);
        foreach (var paragraph in seed.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()))
        {
            if (paragraph.StartsWith("## ", StringComparison.Ordinal))
            {
                docx.PageBreak().Title(paragraph[3..]);
            }
            else if (paragraph.StartsWith("### ", StringComparison.Ordinal))
            {
                docx.Paragraph(paragraph[4..]);
            }
            else if (RightAligned.Contains(paragraph))
            {
                docx.Right(paragraph);
            }
            else if (paragraph.EndsWith('：'))
            {
                docx.Flush(paragraph);
            }
            else
            {
                docx.Paragraph(paragraph);
            }
        }
        return docx.Bytes();
    }

    /// <summary>The repository's root, found upwards from the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PublicSite.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("PublicSite.sln not found above " + AppContext.BaseDirectory);
    }
}
