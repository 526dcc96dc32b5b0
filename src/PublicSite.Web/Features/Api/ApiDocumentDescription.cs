using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PublicSite.Web.Features.Api;

/// <summary>The document's title and the rules a consumer must know before the first call.</summary>
internal sealed class ApiDocumentDescription : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "PublicSite content API",
            Version = "v1",
            Description =
                "Read-only JSON of the published content of the Hong Kong & Macao Affairs Office of Changzhou " +
                "(常州市人民政府港澳事务办公室), in Chinese (zh-CN) and Portuguese (pt-PT). Only what the public site shows " +
                "is served: never drafts, items in review, scheduled, withdrawn, expired or deleted ones.\n\n" +
                "- Every 200 answer carries a strong `ETag` and `Last-Modified`; send `If-None-Match` (or " +
                "`If-Modified-Since`) to get `304 Not Modified` when nothing changed.\n" +
                "- Errors are RFC 9457 problem details (`application/problem+json`): 400 for a bad parameter, 404 for " +
                "nothing published at an address, 429 with `Retry-After` when a client asks too often.\n" +
                "- To mirror the site, read `/api/v1/changes` from 0, then poll it with the returned `cursor`.",
        };
        return Task.CompletedTask;
    }
}
