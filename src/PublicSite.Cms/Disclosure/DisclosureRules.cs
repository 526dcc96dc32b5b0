using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Cms.Taxonomy;

namespace PublicSite.Cms.Disclosure;

/// <summary>
/// The catalogue rules of disclosed documents, applied by <see cref="ContentService"/> on every save: terms must
/// exist, a new document gets its index number, an assigned number never changes, and the catalogue row follows.
/// </summary>
public sealed class DisclosureRules(CmsDbContext db, IndexNumberRegistry numbers)
{
    public async Task<IReadOnlyList<ValidationResult>> PrepareAsync(
        ContentItem? item, DisclosedDocument document, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationResult>();
        var keys = new[] { document.IssuingBody, document.Category, document.Subject, document.Genre }.OfType<string>().ToList();
        var terms = await db.Terms.AsNoTracking().Where(t => keys.Contains(t.Key)).ToListAsync(cancellationToken);
        string? Check(string taxonomy, string? key, string field)
        {
            if (string.IsNullOrEmpty(key))
            {
                return null;
            }
            var term = terms.FirstOrDefault(t => t.Taxonomy == taxonomy && t.Key == key);
            if (term is null)
            {
                errors.Add(new ValidationResult(ValidationMessages.UnknownTerm, [field]));
            }
            return term?.Code;
        }
        var organisationCode = Check(Taxonomies.Organisations, document.IssuingBody, nameof(DisclosedDocument.IssuingBody));
        Check(Taxonomies.DisclosureCategories, document.Category, nameof(DisclosedDocument.Category));
        Check(Taxonomies.Subjects, document.Subject, nameof(DisclosedDocument.Subject));
        Check(Taxonomies.Genres, document.Genre, nameof(DisclosedDocument.Genre));

        if (item?.IndexNumber is { } assigned)
        {
            if (string.IsNullOrWhiteSpace(document.IndexNumber))
            {
                document.IndexNumber = assigned;
            }
            else if (document.IndexNumber != assigned)
            {
                errors.Add(new ValidationResult(ValidationMessages.IndexNumberFixed, [nameof(DisclosedDocument.IndexNumber)]));
            }
            return errors;
        }
        if (string.IsNullOrWhiteSpace(document.IndexNumber))
        {
            if (organisationCode is not null && document.PublicationDate is { } date && errors.Count == 0)
            {
                document.IndexNumber = (await numbers.AllocateAsync(organisationCode, date.Year, cancellationToken)).ToString();
            }
            return errors;
        }
        await CheckImportedAsync(document.IndexNumber, organisationCode, errors, cancellationToken);
        return errors;
    }

    /// <summary>Keeps the catalogue row of the item in step with its shared fields.</summary>
    public async Task ApplyAsync(ContentItem item, DisclosedDocument document, CancellationToken cancellationToken)
    {
        var entry = await db.CatalogueEntries.FindAsync([item.Id], cancellationToken);
        if (entry is null)
        {
            entry = new CatalogueEntry { ItemId = item.Id, Item = item, IndexNumber = "", IssuingBody = "", Category = "" };
            db.CatalogueEntries.Add(entry);
        }
        var date = document.PublicationDate ?? DateOnly.MinValue;
        entry.IndexNumber = document.IndexNumber;
        entry.DocumentNumber = string.IsNullOrWhiteSpace(document.DocumentNumber) ? null : document.DocumentNumber;
        entry.IssuingBody = document.IssuingBody;
        entry.Category = document.Category;
        entry.Subject = document.Subject;
        entry.Genre = document.Genre;
        entry.PublicationDate = date;
        entry.Year = date.Year;
        entry.Validity = document.Validity;
    }

    private async Task CheckImportedAsync(string text, string? organisationCode, List<ValidationResult> errors, CancellationToken cancellationToken)
    {
        var number = IndexNumber.TryParse(text);
        if (number is null)
        {
            return; // The pattern attribute reports the shape.
        }
        if (organisationCode is not null && number.OrganisationCode != organisationCode)
        {
            errors.Add(new ValidationResult(ValidationMessages.IndexNumberOrganisation, [nameof(DisclosedDocument.IndexNumber)]));
        }
        if (await db.Items.AnyAsync(i => i.IndexNumber == text, cancellationToken))
        {
            errors.Add(new ValidationResult(ValidationMessages.IndexNumberTaken, [nameof(DisclosedDocument.IndexNumber)]));
        }
        if (errors.Count == 0)
        {
            await numbers.ReserveAsync(number, cancellationToken);
        }
    }
}
