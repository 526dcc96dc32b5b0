using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PublicSite.Web.Features.Applications;

/// <summary>
/// Reads the application form's post itself, before antiforgery and model binding. The framework's form reader
/// throws on a body over the server's limit or on more than 1,024 fields, and the applicant got a "page not found"
/// and lost everything typed; here the fields read so far are kept and the page answers (413 / 400, in its language).
/// The antiforgery token is the form's first field, so it is read whatever comes after it.
/// </summary>
public sealed class ApplicationFormReader(IOptions<ApplicationsOptions> options, ILogger<ApplicationFormReader> logger)
    : IAsyncAuthorizationFilter
{
    // As many fields as the framework's own reader takes; the form has about twenty.
    private const int FieldCountLimit = 1024;

    // Longer than any field the form has (the statement is 2,000 characters, up to 4 bytes each).
    private const int FieldBytesLimit = 64 * 1024;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return;
        }
        var limits = options.Value;
        // Our own count decides (it also works where the server has no limit of its own, as in tests). Kestrel's
        // limit (about 28.6 MB by default) is lifted for this post: Kestrel refuses a longer Content-Length before the
        // first byte, and then not even the antiforgery token, the first field, could be read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        var fields = new KeyValueAccumulator();
        var files = new FormFileCollection();
        var problem = FormReadProblem.None;
        var body = new CountedBody(http.Request.Body, limits.MaxPostBytes);
        var sections = 0;
        try
        {
            var reader = new MultipartReader(boundary, body);
            while (await reader.ReadNextSectionAsync(http.RequestAborted) is { } section)
            {
                if (++sections > FieldCountLimit)
                {
                    problem = FormReadProblem.Unreadable;
                    break;
                }
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
                {
                    continue;
                }
                if (disposition.IsFileDisposition())
                {
                    var content = await ReadAsync(section.Body, limits.CvMaxBytes, http.RequestAborted);
                    if (content is null)
                    {
                        problem = FormReadProblem.CvTooLarge;
                    }
                    else if (content.Length > 0)
                    {
                        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                        files.Add(new FormFile(new MemoryStream(content), 0, content.Length, name, fileName)
                        {
                            Headers = new HeaderDictionary(), ContentType = section.ContentType ?? "application/octet-stream",
                        });
                    }
                    continue;
                }
                var value = await ReadAsync(section.Body, FieldBytesLimit, http.RequestAborted);
                if (value is null)
                {
                    problem = FormReadProblem.Unreadable;
                    break;
                }
                fields.Append(name, Encoding.UTF8.GetString(value));
            }
        }
        catch (BodyTooLargeException)
        {
            problem = FormReadProblem.BodyTooLarge;
            // The rest of the body is not read: the connection closes after the answer instead of draining it.
            http.Response.Headers.Connection = "close";
        }
        catch (Exception e) when (e is IOException or InvalidDataException or BadHttpRequestException)
        {
            // A malformed multipart body, or a client that went away: what was read is all there is.
            problem = e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? FormReadProblem.BodyTooLarge : FormReadProblem.Unreadable;
        }

        if (problem != FormReadProblem.None)
        {
            logger.LogWarning("An application post to {Path} could not be read whole ({Problem}, {Sections} parts, {Bytes} bytes read); the form is shown again.",
                http.Request.Path, problem, sections, body.BytesRead);
        }
        http.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields.GetResults(), files)));
        http.Features.Set(new ApplicationFormReading(problem));
    }

    /// <summary>The part's bytes, or null when it is longer than <paramref name="limit"/> (the rest is read and dropped).</summary>
    private static async Task<byte[]?> ReadAsync(Stream part, long limit, CancellationToken cancellationToken)
    {
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        var tooLong = false;
        int read;
        while ((read = await part.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (!tooLong && kept.Length + read > limit)
            {
                tooLong = true;
                kept.SetLength(0);
            }
            if (!tooLong)
            {
                kept.Write(buffer, 0, read);
            }
        }
        return tooLong ? null : kept.ToArray();
    }

    private sealed class BodyTooLargeException : Exception;

    /// <summary>The request body, refused past the limit, whatever the server allows.</summary>
    private sealed class CountedBody(Stream inner, long limit) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            BytesRead += read;
            return BytesRead > limit ? throw new BodyTooLargeException() : read;
        }
    }
}
