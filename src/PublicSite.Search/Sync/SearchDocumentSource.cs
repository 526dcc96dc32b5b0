using System.Runtime.CompilerServices;
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

    public async Task<SearchDocument?> ReadVariantAsync(Guid variantId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var variant = await db.Variants.AsNoTracking().Include(v => v.Item)
            .SingleOrDefaultAsync(v => v.Id == variantId, cancellationToken);
        return variant is not null && variant.IsVisibleAt(utcNow) ? await ToDocumentAsync(variant, cancellationToken) : null;
    }

    public async Task<IReadOnlyList<SearchDocument>> ReadItemAsync(Guid itemId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var variants = await db.Variants.AsNoTracking().Include(v => v.Item).VisibleAt(utcNow)
            .Where(v => v.ItemId == itemId).ToListAsync(cancellationToken);
        var documents = new List<SearchDocument>();
        foreach (var variant in variants)
        {
            if (await ToDocumentAsync(variant, cancellationToken) is { } document)
            {
                documents.Add(document);
            }
        }
        return documents;
    }

    /// <summary>
    /// Every variant visible now, streamed, for a full rebuild. The caller turns each into a document with
    /// <see cref="ToDocumentAsync"/>, which may run on several threads at once (it no longer uses the database).
    /// </summary>
    public async IAsyncEnumerable<ContentVariant> ReadAllVisibleAsync(DateTime utcNow, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await OrganisationAsync(null, cancellationToken);
        var variants = db.Variants.AsNoTracking().Include(v => v.Item).VisibleAt(utcNow).AsAsyncEnumerable();
        await foreach (var variant in variants.WithCancellation(cancellationToken))
        {
            yield return variant;
        }
    }

    public async Task<SearchDocument?> ToDocumentAsync(ContentVariant variant, CancellationToken cancellationToken)
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
