using System.Text;

namespace PublicSite.Web.Tests.Applications;

/// <summary>Files that a loose PDF check took for PDFs (from the penetration test of issue #12), and one it did not.</summary>
public static class NotQuitePdfs
{
    /// <summary>A Windows executable with a whole PDF appended: <c>%PDF-</c> in the first KiB and <c>%%EOF</c> at the end.</summary>
    public static byte[] ExecutableWithPdfAppended() =>
        [.. Encoding.Latin1.GetBytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000PE\u0000\u0000This program cannot be run in DOS mode.\r\n"), .. TinyPdf.Bytes()];

    /// <summary>An HTML page (with a script) that carries the PDF markers in its text.</summary>
    public static byte[] HtmlWithPdfInside() => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html><html><body><pre>%PDF-1.4</pre><script>alert(document.cookie)</script></body></html>\n%%EOF\n");

    /// <summary>A real PDF cut off in its middle, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated() => TinyPdf.Bytes()[..(TinyPdf.Bytes().Length / 2)];

    /// <summary>A header and an end marker with nothing between: no cross-reference, no page.</summary>
    public static byte[] Hollow() => Encoding.ASCII.GetBytes("%PDF-1.4\n%" + new string('x', 200) + "\n%%EOF\n");

    public static TheoryData<string> Names() => ["executable", "html", "truncated", "hollow"];

    public static byte[] Named(string name) => name switch
    {
        "executable" => ExecutableWithPdfAppended(),
        "html" => HtmlWithPdfInside(),
        "truncated" => Truncated(),
        _ => Hollow(),
    };
}
