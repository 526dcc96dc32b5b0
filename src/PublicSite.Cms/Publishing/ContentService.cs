using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Disclosure;
using PublicSite.Cms.Media;

namespace PublicSite.Cms.Publishing;

/// <summary>
/// The rules of the content aggregate that must never be bypassed: validation, unique slugs with redirects,
/// a revision per save, and outbox events written in the same transaction as the change.
/// </summary>
public sealed class ContentService(CmsDbContext db, ContentTypeRegistry types, DisclosureRules disclosure, MediaReferenceCheck mediaReferences, TimeProvider time)
{
    /// <summary>
    /// Saves one language of an item as a new revision. While any variant of the item is live (published, even if
    /// scheduled), changed shared fields are not written to the item: they wait on the saved variant until
    /// <see cref="PublishAsync"/> publishes it, because they show on every language's public page. A draft's new
    /// slug leaves redirects alone; they change when the slug goes live.
    /// </summary>
    public async Task<ContentVariant> SaveAsync(ContentEdit edit, string author, string? note, CancellationToken cancellationToken)
    {
        var (type, fields, existing) = await CheckAsync(edit, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var item = existing ?? NewItem(edit, now);

        var variant = item.Variants.SingleOrDefault(v => v.Language == edit.Language);
        if (variant is not null && edit.ExpectedVersion is { } expected && expected != variant.Version)
        {
            throw new ContentConcurrencyException(variant.Id);
        }
        var slug = await UniqueSlugAsync(type, edit, fields, variant?.Id, cancellationToken);
        var isNewVariant = variant is null;
        if (variant is null)
        {
            variant = new ContentVariant { Language = edit.Language, TypeKey = type.Key, Slug = slug, Title = edit.Title, Item = item };
            item.Variants.Add(variant);
            // Added explicitly: its key is set by the client, so EF would otherwise take it for an existing row.
            db.Variants.Add(variant);
        }
        else if (variant.State == VariantState.Published && variant.Slug != slug)
        {
            await MoveLiveSlugAsync(variant, variant.Slug, slug, now, cancellationToken);
        }

        if (item.Variants.Any(v => v.State == VariantState.Published))
        {
            variant.PendingSharedFields = ContentFields.Changes(item.SharedFields, ContentFields.Write(type, fields).Shared);
        }
        else
        {
            await ApplySharedFieldsAsync(item, type, fields, now, cancellationToken);
            variant.PendingSharedFields = null;
        }

        variant.Slug = slug;
        variant.Title = edit.Title.Trim();
        variant.Summary = string.IsNullOrWhiteSpace(edit.Summary) ? null : edit.Summary.Trim();
        variant.Body = edit.Body;
        variant.Fields = ContentFields.Write(type, fields).Localized;
        variant.UpdatedAt = now;
        variant.EditedAt = now;
        variant.EditedBy = author;
        variant.Version++;
        if (variant.IsAnnounced)
        {
            AddEvent(OutboxEventKind.Updated, item, variant, now);
        }

        await AddRevisionAsync(item, variant, isNewVariant, author, note, now, cancellationToken);
        await SaveChangesAsync(variant.Id, cancellationToken);
        return variant;
    }

    /// <summary>
    /// Runs every rule a save would (type, taxonomy terms, index number, DataAnnotations) without saving; throws
    /// <see cref="ContentValidationException"/> with one message per field.
    /// </summary>
    public async Task<(ContentTypeDescriptor Type, object Fields, ContentItem? Item)> CheckAsync(ContentEdit edit, CancellationToken cancellationToken)
    {
        var type = types.Get(edit.TypeKey);
        var fields = edit.Fields ?? Activator.CreateInstance(type.ClrType)!;
        if (fields.GetType() != type.ClrType)
        {
            throw new ArgumentException($"Fields must be a {type.ClrType.Name}.", nameof(edit));
        }
        var existing = edit.ItemId is { } itemId
            ? await db.Items.Include(i => i.Variants).SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken)
                ?? throw new KeyNotFoundException($"Item {itemId} does not exist.")
            : null;
        if (existing is not null && existing.TypeKey != type.Key)
        {
            throw ContentValidationException.For(nameof(edit.TypeKey), "The item is of another type.");
        }
        var errors = fields is DisclosedDocument document
            ? (await disclosure.PrepareAsync(existing, document, cancellationToken)).ToList()
            : [];
        await mediaReferences.CheckAsync(fields, edit.Body, errors, cancellationToken);
        Validate(edit, fields, errors);
        return (type, fields, existing);
    }

    /// <summary>
    /// Publishes now, or at <paramref name="publishAtUtc"/>; the schedule job announces it when due. Publishing is
    /// the approval: the shared fields the variant's draft changed reach the item (and every live language, each
    /// told by an Updated event), and redirects follow the slug that goes live.
    /// </summary>
    public async Task PublishAsync(Guid variantId, string author, DateTime? publishAtUtc, DateTime? expireAtUtc, CancellationToken cancellationToken)
    {
        var variant = await db.Variants.Include(v => v.Item).ThenInclude(i => i.Variants)
            .SingleOrDefaultAsync(v => v.Id == variantId, cancellationToken)
            ?? throw new KeyNotFoundException($"Variant {variantId} does not exist.");
        var now = time.GetUtcNow().UtcDateTime;
        if (variant.State != VariantState.Published)
        {
            await MoveLiveSlugAsync(variant, await LastLiveSlugAsync(variant.Id, cancellationToken), variant.Slug, now, cancellationToken);
        }
        await ApplyPendingSharedFieldsAsync(variant, now, cancellationToken);
        variant.State = VariantState.Published;
        variant.PublishAt = publishAtUtc ?? now;
        variant.ExpireAt = expireAtUtc;
        variant.Item.ListDate ??= SiteClock.ChinaDate(variant.PublishAt.Value);
        variant.UpdatedAt = now;
        if (variant.IsAnnounced && !variant.IsVisibleAt(now))
        {
            // Published again for a later date: it leaves the public until then, and consumers must hear of it.
            variant.IsAnnounced = false;
            AddEvent(OutboxEventKind.Withdrawn, variant.Item, variant, now);
        }
        else if (variant.IsAnnounced)
        {
            AddEvent(OutboxEventKind.Updated, variant.Item, variant, now);
        }
        AnnounceIfDue(variant, now);
        await AddRevisionAsync(variant.Item, variant, isNew: false, author, RevisionNotes.Publication, now, cancellationToken);
        await SaveChangesAsync(variantId, cancellationToken);
    }

    public async Task WithdrawAsync(Guid variantId, string author, CancellationToken cancellationToken)
    {
        var variant = await LoadVariantAsync(variantId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        variant.State = VariantState.Withdrawn;
        variant.UpdatedAt = now;
        if (variant.IsAnnounced)
        {
            variant.IsAnnounced = false;
            AddEvent(OutboxEventKind.Withdrawn, variant.Item, variant, now);
        }
        await AddRevisionAsync(variant.Item, variant, isNew: false, author, RevisionNotes.Withdrawal, now, cancellationToken);
        await SaveChangesAsync(variantId, cancellationToken);
    }

    /// <summary>Soft delete of the whole item; <see cref="RestoreAsync"/> brings it back.</summary>
    public async Task DeleteAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var item = await db.Items.Include(i => i.Variants).SingleAsync(i => i.Id == itemId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        item.DeletedAt = now;
        foreach (var variant in item.Variants.Where(v => v.IsAnnounced))
        {
            variant.IsAnnounced = false;
        }
        AddEvent(OutboxEventKind.Deleted, item, null, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RestoreAsync(Guid itemId, CancellationToken cancellationToken)
    {
        var item = await db.Items.Include(i => i.Variants).SingleAsync(i => i.Id == itemId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        item.DeletedAt = null;
        foreach (var variant in item.Variants)
        {
            AnnounceIfDue(variant, now);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Raises the events that time alone causes: scheduled variants that became visible and visible ones that
    /// expired. Run by the schedule job on every node; returns how many events it wrote.
    /// </summary>
    public async Task<int> AnnounceScheduledAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Most runs find nothing: a plain read, with no transaction held open every 15 s on every node (an open
        // transaction keeps PostgreSQL's VACUUM from removing the old row versions a purge must overwrite).
        if (!await Due(now).AnyAsync(cancellationToken))
        {
            return 0;
        }
        // Every node runs the job: one at a time reads what is due and marks it, so the next finds it done instead
        // of announcing it twice or failing on the variant's version.
        await using var transaction = await db.Database.BeginSerialisedWriteAsync("publishing-schedule", cancellationToken);
        var due = await Due(now).Include(v => v.Item).ToListAsync(cancellationToken);
        foreach (var variant in due)
        {
            if (variant.IsAnnounced)
            {
                variant.IsAnnounced = false;
                AddEvent(OutboxEventKind.Expired, variant.Item, variant, now);
            }
            else
            {
                AnnounceIfDue(variant, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private IQueryable<ContentVariant> Due(DateTime now) => db.Variants
        .Where(v => v.State == VariantState.Published && v.Item.DeletedAt == null)
        .Where(v => (!v.IsAnnounced && v.PublishAt <= now && (v.ExpireAt == null || v.ExpireAt > now))
            || (v.IsAnnounced && v.ExpireAt <= now));

    private void AnnounceIfDue(ContentVariant variant, DateTime now)
    {
        if (!variant.IsAnnounced && variant.IsVisibleAt(now))
        {
            variant.IsAnnounced = true;
            AddEvent(OutboxEventKind.Published, variant.Item, variant, now);
        }
    }

    private void AddEvent(OutboxEventKind kind, ContentItem item, ContentVariant? variant, DateTime now) =>
        db.Outbox.Add(new OutboxEvent
        {
            Kind = kind, ItemId = item.Id, VariantId = variant?.Id, Language = variant?.Language, OccurredAt = now,
        });

    private static void Validate(ContentEdit edit, object fields, List<ValidationResult> errors)
    {
        errors.AddRange(ContentFields.Validate(fields));
        if (string.IsNullOrWhiteSpace(edit.Title))
        {
            errors.Add(new(ValidationMessages.Required, [nameof(edit.Title)]));
        }
        else if (edit.Title.Length > 300)
        {
            errors.Add(new(ValidationMessages.TooLong, [nameof(edit.Title)]));
        }
        if (SiteLanguage.FromCulture(edit.Language) is null)
        {
            errors.Add(new(ValidationMessages.UnknownLanguage, [nameof(edit.Language)]));
        }
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    private ContentItem NewItem(ContentEdit edit, DateTime now)
    {
        var item = new ContentItem { TypeKey = edit.TypeKey, Key = "", CreatedAt = now };
        // The whole id: a version-7 id begins with its millisecond, so a prefix is not unique.
        item.Key = string.IsNullOrWhiteSpace(edit.Key) ? item.Id.ToString("N") : edit.Key;
        db.Items.Add(item);
        return item;
    }

    private async Task ApplySharedFieldsAsync(ContentItem item, ContentTypeDescriptor type, object fields, DateTime now, CancellationToken cancellationToken)
    {
        item.SharedFields = ContentFields.Write(type, fields).Shared;
        if (type.DateField is { } dateField && type.ClrType.GetProperty(dateField)?.GetValue(fields) is DateOnly date)
        {
            item.ListDate = date;
        }
        if (fields is DisclosedDocument document)
        {
            item.IndexNumber = document.IndexNumber;
            await disclosure.ApplyAsync(item, document, cancellationToken);
        }
        item.UpdatedAt = now;
    }

    private async Task ApplyPendingSharedFieldsAsync(ContentVariant variant, DateTime now, CancellationToken cancellationToken)
    {
        if (variant.PendingSharedFields is not { } changes)
        {
            return;
        }
        var item = variant.Item;
        var type = types.Get(item.TypeKey);
        var fields = ContentFields.Read(type.ClrType, ContentFields.Overlay(item.SharedFields, changes), variant.Fields);
        await ApplySharedFieldsAsync(item, type, fields, now, cancellationToken);
        variant.PendingSharedFields = null;
        foreach (var other in item.Variants.Where(v => v.Id != variant.Id && v.IsAnnounced))
        {
            AddEvent(OutboxEventKind.Updated, item, other, now);
        }
    }

    /// <summary>
    /// A slug going live: the old live address (if any) answers with a permanent redirect, and the live page wins
    /// over an old address that happens to equal its new slug. Never called for a draft's slug.
    /// </summary>
    private async Task MoveLiveSlugAsync(ContentVariant variant, string? oldSlug, string newSlug, DateTime now, CancellationToken cancellationToken)
    {
        db.SlugRedirects.RemoveRange(await db.SlugRedirects
            .Where(r => r.TypeKey == variant.TypeKey && r.Language == variant.Language && r.Slug == newSlug)
            .ToListAsync(cancellationToken));
        if (oldSlug is not null && oldSlug != newSlug
            && !await db.SlugRedirects.AnyAsync(r => r.TypeKey == variant.TypeKey && r.Language == variant.Language && r.Slug == oldSlug, cancellationToken))
        {
            db.SlugRedirects.Add(new SlugRedirect
            {
                TypeKey = variant.TypeKey, Language = variant.Language, Slug = oldSlug, VariantId = variant.Id, CreatedAt = now,
            });
        }
    }

    /// <summary>The slug the variant last had while published (from its revisions), or null when it never was.</summary>
    private async Task<string?> LastLiveSlugAsync(Guid variantId, CancellationToken cancellationToken)
    {
        var snapshots = await db.Revisions.AsNoTracking()
            .Where(r => r.VariantId == variantId && r.Snapshot.Contains("\"state\":\"Published\""))
            .OrderByDescending(r => r.Number).Select(r => r.Snapshot).Take(1).ToListAsync(cancellationToken);
        return snapshots.Count == 0 ? null : RevisionSnapshot.Parse(snapshots[0]).Slug;
    }

    private async Task<string> UniqueSlugAsync(
        ContentTypeDescriptor type, ContentEdit edit, object fields, Guid? variantId, CancellationToken cancellationToken)
    {
        var fromField = type.SlugField is { } slugField ? type.ClrType.GetProperty(slugField)?.GetValue(fields) as string : null;
        var slug = fromField is not null
            ? Content.Slug.FromIndexNumber(fromField)
            : Content.Slug.Normalize(string.IsNullOrWhiteSpace(edit.Slug) ? edit.Title : edit.Slug);
        if (slug.Length == 0)
        {
            slug = type.Key;
        }
        var taken = await db.Variants
            .Where(v => v.TypeKey == type.Key && v.Language == edit.Language && v.Id != variantId && v.Slug.StartsWith(slug))
            .Select(v => v.Slug)
            .ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }
        return candidate;
    }

    private async Task AddRevisionAsync(
        ContentItem item, ContentVariant variant, bool isNew, string author, string? note, DateTime now, CancellationToken cancellationToken)
    {
        var last = isNew
            ? 0
            : await db.Revisions.Where(r => r.VariantId == variant.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var snapshot = JsonSerializer.Serialize(new
        {
            variant.Title, variant.Summary, variant.Body, variant.Slug, State = variant.State.ToString(),
            Fields = variant.Fields, Shared = ContentFields.Overlay(item.SharedFields, variant.PendingSharedFields),
        }, ContentFields.Json);
        db.Revisions.Add(new ContentRevision
        {
            VariantId = variant.Id, Number = last + 1, Author = author, CreatedAt = now, Note = note, Snapshot = snapshot,
        });
    }

    private async Task<ContentVariant> LoadVariantAsync(Guid variantId, CancellationToken cancellationToken) =>
        await db.Variants.Include(v => v.Item).SingleOrDefaultAsync(v => v.Id == variantId, cancellationToken)
            ?? throw new KeyNotFoundException($"Variant {variantId} does not exist.");

    private async Task SaveChangesAsync(Guid variantId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ContentConcurrencyException(variantId);
        }
    }
}
