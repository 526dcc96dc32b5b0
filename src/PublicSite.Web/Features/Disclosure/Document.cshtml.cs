using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Reading;
using PublicSite.Cms.Taxonomy;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

public sealed class DocumentModel(
    PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta, CmsDbContext db,
    ViewCounter views, MediaStore media, QrCodes qrCodes)
    : ContentPageModel<DisclosedDocument>(content, types, html, meta)
{
    public long Views { get; private set; }

    public IReadOnlyList<AttachmentLink> Attachments { get; private set; } = [];

    /// <summary>Inline SVG of a QR code holding the page's canonical address.</summary>
    public string QrCodeSvg { get; private set; } = "";

    /// <summary>Where the related policy interpretation (政策解读) is, when there is one.</summary>
    public string? InterpretationUrl { get; private set; }

    public IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> Terms { get; private set; } =
        new Dictionary<(string, string), TaxonomyTerm>();

    /// <summary>Where the document that replaces a repealed one lives, in this language or else in Chinese.</summary>
    public (string Title, string Url)? Replacement { get; private set; }

    public string TermName(string taxonomy, string? key) =>
        key is not null && Terms.TryGetValue((taxonomy, key), out var term) ? term.NameIn(Language.Culture) : key ?? "";

    protected override async Task OnFoundAsync(CancellationToken cancellationToken)
    {
        // Counted in front of the page cache (ViewCounting), which takes this header off; the number shown includes
        // this view and, on a cached copy, lags by at most the cache's entry lifetime (a minute).
        Response.Headers[ViewCounting.ItemHeader] = Variant.ItemId.ToString("N");
        Views = await views.TotalAsync(db, Variant.ItemId, cancellationToken) + (views.Counts(Request) ? 1 : 0);
        Attachments = Fields.Attachments
            .Select(a => new AttachmentLink(a.TitleIn(Language.Culture), "/media/" + a.File, Path.GetExtension(a.File).TrimStart('.').ToUpperInvariant(), media.LengthOf(a.File)))
            .ToList();
        QrCodeSvg = qrCodes.Svg(PublicAddress.Absolute(HttpContext, Meta.CanonicalPath!));
        InterpretationUrl = await InterpretationUrlAsync(cancellationToken);
        var keys = new[] { Fields.IssuingBody, Fields.Category, Fields.Subject, Fields.Genre }.OfType<string>().ToList();
        Terms = (await Published.TermsAsync(keys, cancellationToken)).ToDictionary(t => (t.Taxonomy, t.Key));
        Meta.ContentSource = TermName("organisations", Fields.IssuingBody);
        Meta.Keywords = string.Join(',', new[] { TermName("subjects", Fields.Subject), TermName("genres", Fields.Genre) }.Where(k => k.Length > 0));
        if (Fields.ReplacedBy is { } replacedBy && await FindByKeyAsync(replacedBy, cancellationToken) is { } replacement)
        {
            Replacement = replacement;
        }
    }

    /// <summary>A published document by its key, in this language or else in the one it exists in.</summary>
    private async Task<(string Title, string Url)?> FindByKeyAsync(string key, CancellationToken cancellationToken)
    {
        PageCacheTags.Add(HttpContext, PageCacheTags.Key(key));
        var candidates = await Published.FindByKeyAsync(ContentType, key, cancellationToken);
        var best = candidates.FirstOrDefault(c => c.Language == Language) ?? candidates.FirstOrDefault();
        return best is null ? null : (best.Title, SiteUrls.Item(best.Language, ContentType.Section, best.Slug));
    }

    private async Task<string?> InterpretationUrlAsync(CancellationToken cancellationToken) => Fields.Interpretation switch
    {
        null or "" => null,
        var link when Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" => link,
        var key => (await FindByKeyAsync(key, cancellationToken))?.Url,
    };
}
