using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Seed;

/// <summary>
/// Imports <c>content-seed/</c>: every file is read and validated before anything is written, then each item
/// and language not yet in the database is saved and published through <see cref="ContentService"/>,
/// so the import obeys the same rules as an editor and a second run imports nothing twice.
/// </summary>
public sealed class SeedImporter(
    CmsDbContext db, ContentService content, ContentTypeRegistry types, MediaStore media, TimeProvider time, ILogger<SeedImporter> logger)
{
    public const string Author = "content-seed";

    public async Task<SeedImportReport> ImportAsync(string root, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(root))
        {
            logger.LogWarning("No seed content folder at {Root}; nothing imported.", root);
            return new SeedImportReport(0, 0, 0);
        }
        var terms = await TaxonomySeed.ImportAsync(db, Path.Combine(root, TaxonomySeed.FileName), cancellationToken);
        await CopyFilesAsync(root, cancellationToken);
        var items = await ReadAllAsync(root, cancellationToken);

        var existing = (await db.Variants.Select(v => new { v.Item.Key, v.Language }).ToListAsync(cancellationToken))
            .Select(v => (v.Key, v.Language)).ToHashSet();
        var itemIds = await db.Items.ToDictionaryAsync(i => i.Key, i => i.Id, cancellationToken);
        int imported = 0, skipped = 0;
        foreach (var item in items.OrderBy(i => i.Files.Min(f => f.Published)))
        {
            foreach (var (file, fields) in item.Files.Zip(item.Fields))
            {
                if (existing.Contains((file.Key, file.Language)))
                {
                    skipped++;
                    continue;
                }
                ContentVariant variant;
                try
                {
                    variant = await content.SaveAsync(new ContentEdit
                    {
                        ItemId = itemIds.TryGetValue(file.Key, out var id) ? id : null,
                        TypeKey = file.TypeKey, Key = file.Key, Language = file.Language,
                        Title = file.Title, Summary = file.Summary, Body = file.Body, Slug = file.Slug, Fields = fields,
                    }, Author, "imported from " + Path.GetRelativePath(root, file.Path), cancellationToken);
                }
                catch (ContentValidationException e)
                {
                    throw new SeedImportException(file.Path, e.Message, e);
                }
                itemIds[file.Key] = variant.ItemId;
                await content.PublishAsync(variant.Id, Author, file.Published.UtcDateTime, file.Expires?.UtcDateTime, cancellationToken);
                imported++;
            }
        }
        logger.LogInformation("Seed import: {Imported} imported, {Skipped} already present, {Terms} terms added.", imported, skipped, terms);
        return new SeedImportReport(imported, skipped, terms);
    }

    /// <summary>Attachments in <c>files/</c> go to the media store at the same relative path, once.</summary>
    private async Task CopyFilesAsync(string root, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, "files");
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!media.Exists(relative))
            {
                await using var source = File.OpenRead(path);
                await media.SaveAsync(relative, source, cancellationToken);
            }
            if (await db.MediaFiles.FindAsync([relative], cancellationToken) is null && await media.GetInfoAsync(relative, cancellationToken) is { } info)
            {
                db.MediaFiles.Add(new MediaFile
                {
                    Path = relative, Folder = Path.GetDirectoryName(relative)!.Replace('\\', '/'), OriginalName = Path.GetFileName(path),
                    ContentType = info.ContentType, Length = info.Length, Sha256 = info.Sha256, UploadedBy = Author,
                    UploadedAt = time.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private sealed record SeedItem(IReadOnlyList<SeedFile> Files, IReadOnlyList<object> Fields);

    private async Task<List<SeedItem>> ReadAllAsync(string root, CancellationToken cancellationToken)
    {
        var files = new List<SeedFile>();
        foreach (var type in types.All)
        {
            var folder = Path.Combine(root, type.Section);
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
            {
                files.Add(SeedFileParser.Parse(path, await File.ReadAllTextAsync(path, cancellationToken), type.Section, types));
            }
        }
        return files.GroupBy(f => f.Key).Select(group => ToItem(group.OrderBy(f => f.Language == SiteLanguage.Chinese.Culture ? 0 : 1).ToList())).ToList();
    }

    private SeedItem ToItem(List<SeedFile> files)
    {
        var first = files[0];
        if (files.FirstOrDefault(f => f.TypeKey != first.TypeKey) is { } other)
        {
            throw new SeedImportException(other.Path, $"key '{first.Key}' is used by another type in {first.Path}");
        }
        var shared = new JsonObject();
        foreach (var file in files)
        {
            foreach (var (name, value) in file.Shared)
            {
                if (shared[name] is { } known && !JsonNode.DeepEquals(known, value))
                {
                    throw new SeedImportException(file.Path, $"shared field '{name}' differs from another language file");
                }
                shared[name] = value?.DeepClone();
            }
        }
        var type = types.Get(first.TypeKey);
        var fields = files.Select(file => ReadFields(type, shared, file)).ToList();
        foreach (var (file, value) in files.Zip(fields))
        {
            var root = Path.GetDirectoryName(Path.GetDirectoryName(file.Path))!;
            if (AttachmentRef.In(value).FirstOrDefault(a => !File.Exists(Path.Combine(root, a.File))) is { } missing)
            {
                throw new SeedImportException(file.Path, $"attachment '{missing.File}' is not in the seed folder");
            }
        }
        return new SeedItem(files, fields);
    }

    private static object ReadFields(ContentTypeDescriptor type, JsonObject shared, SeedFile file)
    {
        object fields;
        try
        {
            fields = ContentFields.Read(type.ClrType, shared.ToJsonString(), file.Fields.ToJsonString());
        }
        catch (JsonException e)
        {
            throw new SeedImportException(file.Path, $"field '{e.Path?.TrimStart('$', '.')}' has a value of the wrong kind", e);
        }
        var errors = ContentFields.Validate(fields);
        if (errors.Count > 0)
        {
            throw new SeedImportException(file.Path, string.Join("; ", errors.Select(e => e.ErrorMessage)));
        }
        return fields;
    }
}
