using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Import;

/// <summary>
/// Turns a read notice into a draft through the normal workflow (<see cref="EditorialService"/>: validation,
/// revision, never published), its pictures moved into the media library under <c>notices/</c>.
/// </summary>
public sealed class NoticeImport(CmsDbContext db, EditorialService workflow, ContentTypeRegistry types, MediaLibrary media)
{
    public const string MediaFolder = "notices";

    /// <summary>
    /// The catalogue fields the layout tells: 发文字号, the issuing body matched to the organisations (empty when no
    /// term matches: flagged for the editor), 成文日期 (also offered as the publication date), 此件公开属性, and the
    /// genre from the title's last words (…的通知 is a 通知). Category and subject are the editor's to choose.
    /// </summary>
    public async Task<DisclosedDocument> SuggestAsync(ImportedNotice notice, CancellationToken cancellationToken)
    {
        var terms = await db.Terms.AsNoTracking().ToListAsync(cancellationToken);
        var genre = terms.Where(t => t.Taxonomy == Taxonomies.Genres && t.Key != "other" && notice.Title.EndsWith(t.NameZh, StringComparison.Ordinal))
            .OrderByDescending(t => t.NameZh.Length).FirstOrDefault();
        return new DisclosedDocument
        {
            DocumentNumber = notice.DocumentNumber,
            IssuingBody = IssuingBodyMatch.Find(terms, notice.IssuingBodyNames)?.Key ?? "",
            Genre = genre?.Key,
            DateCreated = notice.DateCreated,
            PublicationDate = notice.DateCreated,
            DisclosureMethod = notice.DisclosureMethod ?? DisclosureMethod.Proactive,
        };
    }

    /// <summary>A new disclosed document in Chinese, saved as a draft; its summary is its title until the editor writes one.</summary>
    public Task<ContentVariant> SaveDraftAsync(
        ImportedNotice notice, string title, DisclosedDocument fields, string fileName, string author, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(fields.DocumentNumber))
        {
            fields.DocumentNumber = DocumentNumberText.Normalise(fields.DocumentNumber) ?? fields.DocumentNumber.Trim();
        }
        var edit = new ContentEdit
        {
            TypeKey = types.Get<DisclosedDocument>().Key, Language = SiteLanguage.Chinese.Culture, Title = title.Trim(),
            Summary = title.Trim(), Fields = fields,
        };
        return SaveAsync(notice, edit, fileName, author, cancellationToken);
    }

    /// <summary>
    /// The Portuguese text of an existing disclosed document, saved as its pt-PT draft: only title and body come
    /// from the file; the shared catalogue fields stay the item's own.
    /// </summary>
    public async Task<ContentVariant> SaveTranslationAsync(
        ImportedNotice notice, Guid itemId, string title, string fileName, string author, CancellationToken cancellationToken)
    {
        var type = types.Get<DisclosedDocument>();
        var item = await db.Items.AsNoTracking().Include(i => i.Variants)
            .SingleOrDefaultAsync(i => i.Id == itemId && i.TypeKey == type.Key && i.DeletedAt == null, cancellationToken)
            ?? throw new KeyNotFoundException($"Disclosed document {itemId} does not exist.");
        var portuguese = item.Variants.SingleOrDefault(v => v.Language == SiteLanguage.Portuguese.Culture);
        var edit = new ContentEdit
        {
            ItemId = item.Id, TypeKey = item.TypeKey, Language = SiteLanguage.Portuguese.Culture, Title = title.Trim(),
            Summary = portuguese?.Summary, Slug = portuguese?.Slug,
            Fields = ContentFields.Read(type.ClrType, item.SharedFields, portuguese?.Fields),
        };
        return await SaveAsync(notice, edit, fileName, author, cancellationToken);
    }

    private async Task<ContentVariant> SaveAsync(ImportedNotice notice, ContentEdit edit, string fileName, string author, CancellationToken cancellationToken)
    {
        var added = new List<string>();
        var body = notice.Body;
        try
        {
            foreach (var image in notice.Images)
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(image.Content));
                var existed = await db.MediaFiles.AnyAsync(f => f.Sha256 == hash, cancellationToken);
                using var content = new MemoryStream(image.Content);
                var stem = Path.GetFileNameWithoutExtension(fileName);
                var stored = await media.UploadAsync(content, $"{stem}-{image.Number}{image.Extension}", MediaFolder, long.MaxValue, author, cancellationToken);
                if (!existed)
                {
                    added.Add(stored.Path);
                }
                body = body.Replace($"]({ImportedNotice.ImageReference(image.Number)})", $"](/media/{stored.Path})", StringComparison.Ordinal);
            }
            return await workflow.SaveDraftAsync(edit with { Body = body }, author, $"imported from {Path.GetFileName(fileName)}", cancellationToken);
        }
        catch
        {
            // A refused draft leaves nothing behind: the pictures it brought go again.
            foreach (var path in added)
            {
                await media.DeleteAsync(path, CancellationToken.None);
            }
            throw;
        }
    }
}
