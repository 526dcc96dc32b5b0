using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Benchmark;

/// <summary>Writes the synthetic corpus into the CMS database as published items, so the rebuild reads what a real one reads.</summary>
internal static class CorpusDatabase
{
    public static async Task InsertAsync(CmsDbContext db, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in documents.Chunk(2_000))
        {
            foreach (var document in chunk)
            {
                var shared = document.TypeKey == "disclosure"
                    ? JsonSerializer.Serialize(new
                    {
                        indexNumber = document.IndexNumber, documentNumber = document.DocumentNumber, issuingBody = document.IssuingBody,
                        category = "notices", publicationDate = document.Date,
                    }, ContentFields.Json)
                    : "{}";
                var item = new ContentItem
                {
                    Id = document.ItemId, TypeKey = document.TypeKey, Key = document.Slug, SharedFields = shared, ListDate = document.Date,
                    IndexNumber = document.IndexNumber, CreatedAt = document.VisibleFrom, UpdatedAt = document.VisibleFrom,
                };
                item.Variants.Add(new ContentVariant
                {
                    Id = document.VariantId, ItemId = item.Id, Item = item, Language = document.Language, TypeKey = document.TypeKey,
                    Slug = document.Slug, Title = document.Title, Summary = document.Summary, Body = document.Text,
                    State = VariantState.Published, PublishAt = document.VisibleFrom, IsAnnounced = true, UpdatedAt = document.VisibleFrom,
                });
                db.Items.Add(item);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
