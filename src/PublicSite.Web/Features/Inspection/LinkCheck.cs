using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Inspection;

/// <summary>
/// Finds the links of public pages that a reader (or an inspector) would find broken: a body linking to a page of
/// this site that is withdrawn, expired, deleted, unpublished or was never there, a link to a media file that is not
/// in the library, and an attachment whose file is missing. Links to other sites are not fetched: whether another
/// office's page answers is not something a page save or a daily check here can promise.
/// </summary>
public sealed class LinkCheck(CmsDbContext db, ContentTypeRegistry types, MediaStore media, IOptions<SiteOptions> site)
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAutoLinks().Build();

    public async Task<IReadOnlyList<BrokenLink>> FindBrokenAsync(DateTime utcNow, CancellationToken cancellationToken)
    {
        var pages = await db.Variants.AsNoTracking().VisibleAt(utcNow)
            .Select(v => new { v.Id, v.ItemId, v.TypeKey, v.Language, v.Slug, v.Title, v.Body, v.Fields, v.Item.SharedFields })
            .ToListAsync(cancellationToken);
        // Every address a reader can open now: the live slugs and the old ones that redirect to a live page.
        var live = pages.Select(p => (p.TypeKey, p.Language, p.Slug)).ToHashSet();
        var moved = await db.SlugRedirects.AsNoTracking()
            .Join(db.Variants.AsNoTracking().VisibleAt(utcNow), r => r.VariantId, v => v.Id, (r, v) => new { r.TypeKey, r.Language, r.Slug })
            .ToListAsync(cancellationToken);
        live.UnionWith(moved.Select(s => (s.TypeKey, s.Language, s.Slug)));

        var broken = new List<BrokenLink>();
        var unexplained = new List<(BrokenLink Link, ContentTypeDescriptor Type, string Culture, string Slug)>();
        foreach (var page in pages)
        {
            foreach (var target in LinksIn(page.Body).Distinct(StringComparer.Ordinal))
            {
                switch (Classify(target))
                {
                    case MediaTarget file when !media.Exists(file.Path):
                        broken.Add(new BrokenLink(page.ItemId, page.Language, page.Title, target, BrokenLinkReason.FileMissing));
                        break;
                    case PageTarget p when !live.Contains((p.Type.Key, p.Culture, p.Slug)):
                        unexplained.Add((new BrokenLink(page.ItemId, page.Language, page.Title, target, BrokenLinkReason.NotFound), p.Type, p.Culture, p.Slug));
                        break;
                }
            }
            if (types.Find(page.TypeKey) is { } type)
            {
                foreach (var attachment in AttachmentRef.In(ContentFields.Read(type.ClrType, page.SharedFields, page.Fields)))
                {
                    if (!string.IsNullOrWhiteSpace(attachment.File) && !media.Exists(MediaStore.RelativePathOf(attachment.File)))
                    {
                        broken.Add(new BrokenLink(page.ItemId, page.Language, page.Title, attachment.File, BrokenLinkReason.FileMissing));
                    }
                }
            }
        }
        foreach (var (link, type, culture, slug) in unexplained)
        {
            broken.Add(link with { Reason = await WhyGoneAsync(type, culture, slug, utcNow, cancellationToken) });
        }
        return broken.OrderBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Target, StringComparer.Ordinal).ToList();
    }

    /// <summary>What became of the page at a dead address, so the editor knows whether to restore it or change the link.</summary>
    private async Task<BrokenLinkReason> WhyGoneAsync(ContentTypeDescriptor type, string culture, string slug, DateTime utcNow, CancellationToken cancellationToken)
    {
        var gone = await db.Variants.AsNoTracking()
            .Where(v => v.TypeKey == type.Key && v.Language == culture && v.Slug == slug)
            .Select(v => new { v.State, v.ExpireAt, v.Item.DeletedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return gone switch
        {
            null => BrokenLinkReason.NotFound,
            { DeletedAt: not null } => BrokenLinkReason.Deleted,
            { State: VariantState.Withdrawn } => BrokenLinkReason.Withdrawn,
            { State: VariantState.Published, ExpireAt: { } expiry } when expiry <= utcNow => BrokenLinkReason.Expired,
            _ => BrokenLinkReason.NotPublished,
        };
    }

    private static IEnumerable<string> LinksIn(string body) =>
        Markdig.Markdown.Parse(body, Markdown).Descendants()
            .Select(node => node switch
            {
                LinkInline link => link.Url,
                AutolinkInline auto when !auto.IsEmail => auto.Url,
                _ => null,
            })
            .OfType<string>()
            .Where(url => url.Length > 0);

    /// <summary>A link's target on this site, or null for another site, a mail address, a part of the same page or a fixed page.</summary>
    private object? Classify(string url)
    {
        if (PageAddress.PathOnSite(url, PageAddress.HostOf(site.Value.BaseUrl)) is not { } path)
        {
            return null;
        }
        path = path.Split('?', '#')[0];
        if (path.StartsWith("/media/", StringComparison.Ordinal))
        {
            return new MediaTarget(MediaStore.RelativePathOf(path));
        }
        // The site's fixed pages (a column's home, the search, the forms) are not content that can go away.
        return PageAddress.From(path, types) is { } page ? new PageTarget(page.Type, page.Language.Culture, page.Slug) : null;
    }

    private sealed record MediaTarget(string Path);

    private sealed record PageTarget(ContentTypeDescriptor Type, string Culture, string Slug);
}
