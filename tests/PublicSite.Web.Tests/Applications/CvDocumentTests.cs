using Microsoft.AspNetCore.Http;
using PublicSite.Web.Features.Applications;

namespace PublicSite.Web.Tests.Applications;

public sealed class CvDocumentTests
{
    private static FormFile Upload(byte[] content, string name = "cv.pdf") =>
        new FormFile(new MemoryStream(content), 0, content.Length, "Cv", name) { Headers = new HeaderDictionary(), ContentType = "application/pdf" };

    [Fact]
    public async Task A_real_PDF_is_accepted()
    {
        var (content, error) = await CvDocument.ReadAsync(Upload(TinyPdf.Bytes()), 5 * 1024 * 1024, CancellationToken.None);
        Assert.Null(error);
        Assert.Equal(TinyPdf.Bytes(), content);
    }

    [Fact]
    public async Task A_PNG_renamed_to_pdf_is_refused_whatever_its_name_and_content_type()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
        Assert.Equal("CvNotPdf", (await CvDocument.ReadAsync(Upload(png), 5 * 1024 * 1024, CancellationToken.None)).Error);
    }

    [Fact]
    public async Task A_file_that_only_starts_like_a_PDF_is_refused()
    {
        var truncated = TinyPdf.Bytes()[..40];
        Assert.Equal("CvNotPdf", (await CvDocument.ReadAsync(Upload(truncated), 5 * 1024 * 1024, CancellationToken.None)).Error);
    }

    [Fact]
    public async Task A_PDF_over_the_limit_is_refused_and_one_at_the_limit_accepted()
    {
        var pdf = TinyPdf.Bytes();
        var padded = TinyPdf.Bytes(new string('x', 5000));

        Assert.Equal("CvTooLarge", (await CvDocument.ReadAsync(Upload(padded), padded.Length - 1, CancellationToken.None)).Error);
        Assert.Null((await CvDocument.ReadAsync(Upload(padded), padded.Length, CancellationToken.None)).Error);
        Assert.Null((await CvDocument.ReadAsync(Upload(pdf), pdf.Length, CancellationToken.None)).Error);
    }

    [Fact]
    public async Task No_file_is_reported_as_missing() =>
        Assert.Equal("CvRequired", (await CvDocument.ReadAsync(null, 1024, CancellationToken.None)).Error);
}
