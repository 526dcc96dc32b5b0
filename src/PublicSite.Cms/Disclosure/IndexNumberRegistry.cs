using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Cms.Disclosure;

/// <summary>
/// Gives out index numbers per organisation and year. Each number comes from one atomic upsert, so two
/// concurrent creations never get the same number (the SQL is written to read the same on SQLite and PostgreSQL), and a number once given (or imported) is never reused.
/// </summary>
public sealed class IndexNumberRegistry(CmsDbContext db)
{
    public async Task<IndexNumber> AllocateAsync(string organisationCode, int year, CancellationToken cancellationToken)
    {
        if (!IndexNumber.IsOrganisationCode(organisationCode))
        {
            throw new ArgumentException($"'{organisationCode}' is neither a 9- nor an 18-character code.", nameof(organisationCode));
        }
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO "IndexNumberSequences" ("OrganisationCode", "Year", "Last") VALUES ({organisationCode}, {year}, 1)
            ON CONFLICT ("OrganisationCode", "Year") DO UPDATE SET "Last" = "IndexNumberSequences"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return new IndexNumber(organisationCode, year, next.Single());
    }

    /// <summary>Records an imported number so that later allocations for its organisation and year come after it.</summary>
    public Task ReserveAsync(IndexNumber number, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO "IndexNumberSequences" ("OrganisationCode", "Year", "Last") VALUES ({number.OrganisationCode}, {number.Year}, {number.Sequence})
            ON CONFLICT ("OrganisationCode", "Year") DO UPDATE SET "Last" = CASE
                WHEN excluded."Last" > "IndexNumberSequences"."Last" THEN excluded."Last" ELSE "IndexNumberSequences"."Last" END
            """, cancellationToken);
}
