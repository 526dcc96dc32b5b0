using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Disclosure;

public sealed class DocumentModel(
    ContentReader reader, ContentTypeRegistry types, ContentHtml html, PageMeta meta, CmsDbContext db)
    : ContentPageModel<DisclosedDocument>(reader, types, html, meta)
{
    public IReadOnlyDictionary<(string Taxonomy, string Key), TaxonomyTerm> Terms { get; private set; } =
        new Dictionary<(string, string), TaxonomyTerm>();

    /// <summary>Where the document that replaces a repealed one lives, in this language or else in Chinese.</summary>
    public (string Title, string Url)? Replacement { get; private set; }

    public string TermName(string taxonomy, string? key) =>
        key is not null && Terms.TryGetValue((taxonomy, key), out var term) ? term.NameIn(Language.Culture) : key ?? "";

    protected override async Task OnFoundAsync(CancellationToken cancellationToken)
    {
        var keys = new[] { Fields.IssuingBody, Fields.Category, Fields.Subject, Fields.Genre }.OfType<string>().ToList();
        Terms = await db.Terms.AsNoTracking().Where(t => keys.Contains(t.Key))
            .ToDictionaryAsync(t => (t.Taxonomy, t.Key), cancellationToken);
        Meta.ContentSource = TermName("organisations", Fields.IssuingBody);
        Meta.Keywords = string.Join(',', new[] { TermName("subjects", Fields.Subject), TermName("genres", Fields.Genre) }.Where(k => k.Length > 0));
        if (Fields.ReplacedBy is { } replacedBy)
        {
            var candidates = await db.Variants.AsNoTracking().VisibleAt(Reader.UtcNow)
                .Where(v => v.Item.Key == replacedBy)
                .Select(v => new { v.Language, v.Title, v.Slug })
                .ToListAsync(cancellationToken);
            var best = candidates.FirstOrDefault(c => c.Language == Language.Culture) ?? candidates.FirstOrDefault();
            if (best is not null)
            {
                Replacement = (best.Title, SiteUrls.Item(SiteLanguage.FromCulture(best.Language)!, ContentType.Section, best.Slug));
            }
        }
    }}
