using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Api;

/// <summary>The document's title, its server, and the rules a consumer must know before the first call.</summary>
internal sealed class ApiDocumentDescription(IOptions<SiteOptions> site) : IOpenApiDocumentTransformer
{
    public const string ContentTag = "Content API";
    public const string DiscoveryTag = "Feeds and discovery";

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
                "- To mirror the site, read `/api/v1/changes` from 0, then poll it with the returned `cursor`.\n" +
                "- `lang=zh-Hant` gives the Chinese version in Traditional characters (as the site's `/zh-hant/` pages): " +
                "text is converted, while ids, keys, slugs, index numbers, document numbers, term keys and URLs stay as issued.\n" +
                "- `/api/v1/search` reads its parameters leniently, as the site's search page does: a value it cannot read is ignored.",
            License = new OpenApiLicense { Name = "版权所有 常州市人民政府港澳事务办公室 · Todos os direitos reservados" },
        };
        // Public, read-only: no operation asks for credentials (an empty requirement is "none").
        document.Security = [new OpenApiSecurityRequirement()];
        // Behind a proxy the request's host is an internal name; consumers must see the public one.
        // Paths begin with a slash, so the server's address must not end with one.
        var server = !string.IsNullOrEmpty(site.Value.BaseUrl) ? site.Value.BaseUrl : document.Servers?.FirstOrDefault()?.Url;
        if (server is not null)
        {
            document.Servers = [new OpenApiServer { Url = server.TrimEnd('/') }];
        }
        // Listed in this order in the reference: the API first, the feeds after it, other features' tags last.
        var others = document.Tags?.Where(t => t.Name is not (ContentTag or DiscoveryTag)).ToList() ?? [];
        document.Tags = new SortedSet<OpenApiTag>(Comparer<OpenApiTag>.Create(Compare))
        {
            new() { Name = ContentTag, Description = "Published items by type, id, page URL and index number, and the change feed." },
            new() { Name = DiscoveryTag, Description = "Atom feeds, the sitemap and robots.txt, for readers and crawlers." },
        };
        document.Tags.UnionWith(others);
        return Task.CompletedTask;
    }

    private static int Compare(OpenApiTag a, OpenApiTag b) =>
        Rank(a) != Rank(b) ? Rank(a).CompareTo(Rank(b)) : string.CompareOrdinal(a.Name, b.Name);

    private static int Rank(OpenApiTag tag) => tag.Name == ContentTag ? 0 : tag.Name == DiscoveryTag ? 1 : 2;
}
