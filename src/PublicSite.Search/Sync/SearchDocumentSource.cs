using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Markdig;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Sync;

/// <summary>
/// Reads what the index should hold from the database, always the current state: a variant is returned only if
/// it is visible now, so replaying an outbox event twice, or out of turn, changes nothing.
/// </summary>
public sealed class SearchDocumentSource(CmsDbContext db, ContentTypeRegistry types, AttachmentText attachments)
{
    private Dictionary<string, TaxonomyTerm>? _organisations;
    private HashSet<Guid>? _portugueseItems;

    /// <summary>
    /// What the index should hold of one item now: a document per visible variant, and for an item visible only in
    /// Chinese that carries a Portuguese title, a Portuguese catalogue document (see <see cref="PortugueseCatalogue"/>).
    /// </summary>
    public async Task<IReadOnlyList<SearchDocument>> ReadItemAsync(Guid itemId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var variants = await db.Variants.AsNoTracking().Include(v => v.Item).VisibleAt(utcNow)
            .Where(v => v.ItemId == itemId).ToListAsync(cancellationToken);
        var hasPortuguese = variants.Any(v => !IndexedDocument.IsChinese(v.Language));
        var documents = new List<SearchDocument>();
        foreach (var variant in variants)
        {
            documents.AddRange(await ToDocumentsAsync(variant, hasPortuguese, cancellationToken));
        }
        return documents;
    }

    /// <summary>
    /// Every variant visible now, streamed, for a full rebuild. The caller turns each into documents with
    /// <see cref="ToDocumentsAsync(ContentVariant, CancellationToken)"/>, which may run on several threads at once
    /// (it no longer uses the database).
    /// </summary>
    public async IAsyncEnumerable<ContentVariant> ReadAllVisibleAsync(DateTime utcNow, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await OrganisationAsync(null, cancellationToken);
        var portuguese = SiteLanguage.Portuguese.Culture;
        _portugueseItems = (await db.Variants.VisibleAt(utcNow).Where(v => v.Language == portuguese)
            .Select(v => v.ItemId).ToListAsync(cancellationToken)).ToHashSet();
        var variants = db.Variants.AsNoTracking().Include(v => v.Item).VisibleAt(utcNow).AsAsyncEnumerable();
        await foreach (var variant in variants.WithCancellation(cancellationToken))
        {
            yield return variant;
        }
    }

    /// <summary>The documents of a variant streamed by <see cref="ReadAllVisibleAsync"/>.</summary>
    public Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(ContentVariant variant, CancellationToken cancellationToken) =>
        ToDocumentsAsync(variant, _portugueseItems?.Contains(variant.ItemId)
            ?? throw new InvalidOperationException("Call ReadAllVisibleAsync first."), cancellationToken);

    private async Task<IReadOnlyList<SearchDocument>> ToDocumentsAsync(ContentVariant variant, bool itemHasPortuguese, CancellationToken cancellationToken)
    {
        if (await ToDocumentAsync(variant, cancellationToken) is not { } document)
        {
            return [];
        }
        return !itemHasPortuguese && IndexedDocument.IsChinese(variant.Language)
            && await PortugueseCatalogue(variant, document, cancellationToken) is { } catalogue
            ? [document, catalogue]
            : [document];
    }

    /// <summary>
    /// A Chinese-only item's Portuguese title and summary as a Portuguese document, so that a Portuguese search
    /// finds the item and leads to its Portuguese "only in Chinese" page (same slug). It is a document of its own,
    /// not Portuguese fields on the Chinese one: searches are filtered by a document's language. Its id is derived
    /// from the Chinese variant's; it leaves the index when the item is re-read with a Portuguese variant.
    /// </summary>
    private async Task<SearchDocument?> PortugueseCatalogue(ContentVariant variant, SearchDocument chinese, CancellationToken cancellationToken)
    {
        var type = types.Get(variant.TypeKey);
        if (ContentFields.Read(type.ClrType, variant.Item.SharedFields, "{}") is not IPortugueseCatalogueText { PortugueseTitle: { Length: > 0 } title } text)
        {
            return null;
        }
        var portuguese = SiteLanguage.Portuguese.Culture;
        var issuer = chinese.IssuingBody is null ? null : await OrganisationAsync(chinese.IssuingBody, cancellationToken);
        return chinese with
        {
            VariantId = CatalogueId(variant.Id),
            Language = portuguese,
            Title = title.Trim(),
            Summary = string.IsNullOrWhiteSpace(text.PortugueseSummary) ? null : text.PortugueseSummary.Trim(),
            // The Chinese body and attachments are not Portuguese text: analysed as Portuguese they would only add noise.
            Text = "",
            IssuingBodyName = issuer?.NameIn(portuguese),
        };
    }

    private static Guid CatalogueId(Guid variantId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("portuguese-catalogue:" + variantId.ToString("N")))[..16]);

    private async Task<SearchDocument?> ToDocumentAsync(ContentVariant variant, CancellationToken cancellationToken)
    {
        if (types.Find(variant.TypeKey) is not { } type)
        {
            return null;
        }
        var item = variant.Item;
        var fields = ContentFields.Read(type.ClrType, item.SharedFields, variant.Fields);
        var text = new StringBuilder(Markdown.ToPlainText(variant.Body));
        AppendStrings(text, ContentFields.Parse(variant.Fields));
        if (fields is NewsArticle news)
        {
            text.AppendLine(string.Join(' ', news.Tags));
        }
        foreach (var attachment in AttachmentRef.In(fields))
        {
            text.AppendLine(attachment.Title);
            text.AppendLine(await attachments.ReadAsync(attachment.File, cancellationToken));
        }
        var document = fields as DisclosedDocument;
        var issuer = document is null ? null : await OrganisationAsync(document.IssuingBody, cancellationToken);
        return new SearchDocument
        {
            VariantId = variant.Id,
            ItemId = item.Id,
            Language = variant.Language,
            TypeKey = variant.TypeKey,
            Slug = variant.Slug,
            Title = variant.Title,
            Summary = variant.Summary,
            Text = text.ToString(),
            Date = item.ListDate,
            IndexNumber = document?.IndexNumber ?? item.IndexNumber,
            DocumentNumber = document?.DocumentNumber,
            IssuingBody = string.IsNullOrEmpty(document?.IssuingBody) ? null : document.IssuingBody,
            IssuingBodyName = issuer?.NameIn(variant.Language),
            VisibleFrom = variant.PublishAt ?? DateTime.MinValue,
            VisibleUntil = variant.ExpireAt,
        };
    }

    /// <summary>Every string of the localized fields (steps, FAQ, eligibility…), but not file paths.</summary>
    private static void AppendStrings(StringBuilder text, JsonNode? node, string? name = null)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    AppendStrings(text, value, key);
                }
                break;
            case JsonArray array:
                foreach (var value in array)
                {
                    AppendStrings(text, value, name);
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var s) && name is not ("file" or "leadImage"):
                text.AppendLine(s);
                break;
        }
    }

    private async Task<TaxonomyTerm?> OrganisationAsync(string? key, CancellationToken cancellationToken)
    {
        _organisations ??= await db.Terms.AsNoTracking().Where(t => t.Taxonomy == "organisations")
            .ToDictionaryAsync(t => t.Key, StringComparer.Ordinal, cancellationToken);
        return key is not null && _organisations.TryGetValue(key, out var term) ? term : null;
    }
}
