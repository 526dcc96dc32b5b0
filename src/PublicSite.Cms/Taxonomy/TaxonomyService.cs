using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Cms.Taxonomy;

/// <summary>
/// The controlled vocabularies after the seed: the database is their source. A term's key never changes (content
/// and URLs hold it), only its labels, code and place; a term something uses is retired, never deleted.
/// </summary>
public sealed partial class TaxonomyService(CmsDbContext db, TimeProvider time)
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyShape();

    public Task<List<TaxonomyTerm>> ListAsync(string taxonomy, CancellationToken cancellationToken) =>
        db.Terms.AsNoTracking().Where(t => t.Taxonomy == taxonomy).OrderBy(t => t.SortOrder).ThenBy(t => t.Key).ToListAsync(cancellationToken);

    /// <summary>
    /// Items (deleted ones too: they can be restored) whose fields or waiting changes name the term. Pending changes
    /// are JSON inside JSON, so there the key alone is looked for: a false hit refuses a deletion, never allows one.
    /// </summary>
    public async Task<int> UsesAsync(TaxonomyTerm term, CancellationToken cancellationToken)
    {
        var quoted = "%\"" + term.Key + "\"%";
        var field = FieldOf(term.Taxonomy);
        var inFields = field is null
            ? db.Items.Where(i => EF.Functions.Like(i.SharedFields, quoted))
            : db.Items.Where(i => EF.Functions.Like(i.SharedFields, "%\"" + field + "\":\"" + term.Key + "\"%"));
        var count = await inFields.CountAsync(cancellationToken);
        var anywhere = "%" + term.Key + "%";
        count += await db.Variants.CountAsync(v =>
            EF.Functions.Like(v.PendingSharedFields ?? "", anywhere) || EF.Functions.Like(v.PendingEdit ?? "", anywhere), cancellationToken);
        return count;
    }

    public async Task<TaxonomyTerm> AddAsync(string taxonomy, string key, string nameZh, string namePt, string? code, CancellationToken cancellationToken)
    {
        if (!Taxonomies.All.Contains(taxonomy))
        {
            throw new TaxonomyException("TermNotFound");
        }
        key = key.Trim();
        if (!KeyShape().IsMatch(key) || key.Length > 60)
        {
            throw new TaxonomyException("TermKeyShape");
        }
        if (await db.Terms.AnyAsync(t => t.Taxonomy == taxonomy && t.Key == key, cancellationToken))
        {
            throw new TaxonomyException("TermKeyTaken");
        }
        var term = new TaxonomyTerm
        {
            Taxonomy = taxonomy, Key = key, NameZh = Label(nameZh), NamePt = Label(namePt), Code = Code(code),
            SortOrder = (await db.Terms.Where(t => t.Taxonomy == taxonomy).MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0) + 1,
        };
        db.Terms.Add(term);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    /// <summary>New labels, code and place in the list; the key stays, so content and URLs are untouched.</summary>
    public async Task<TaxonomyTerm> UpdateAsync(int id, string nameZh, string namePt, string? code, int sortOrder, CancellationToken cancellationToken)
    {
        var term = await FindAsync(id, cancellationToken);
        term.NameZh = Label(nameZh);
        term.NamePt = Label(namePt);
        term.Code = Code(code);
        term.SortOrder = sortOrder;
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    public async Task<TaxonomyTerm> RetireAsync(int id, bool retired, CancellationToken cancellationToken)
    {
        var term = await FindAsync(id, cancellationToken);
        term.RetiredAt = retired ? term.RetiredAt ?? time.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    public async Task<TaxonomyTerm> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var term = await FindAsync(id, cancellationToken);
        if (await UsesAsync(term, cancellationToken) > 0)
        {
            throw new TaxonomyException("TermInUse");
        }
        db.Terms.Remove(term);
        await db.SaveChangesAsync(cancellationToken);
        return term;
    }

    private async Task<TaxonomyTerm> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Terms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new TaxonomyException("TermNotFound");

    /// <summary>The shared field of a disclosed document that holds a term of the taxonomy; null for tags (a list).</summary>
    private static string? FieldOf(string taxonomy) => taxonomy switch
    {
        Taxonomies.Organisations => "issuingBody",
        Taxonomies.DisclosureCategories => "category",
        Taxonomies.Subjects => "subject",
        Taxonomies.Genres => "genre",
        _ => null,
    };

    private static string Label(string text) =>
        text.Trim() is { Length: > 0 and <= 200 } label ? label : throw new TaxonomyException("TermLabelRequired");

    private static string? Code(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}
