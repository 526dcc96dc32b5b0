using Microsoft.EntityFrameworkCore;

namespace PublicSite.Cms.Data;

/// <summary>The content store on PostgreSQL: the same model, with the PostgreSQL migration set (Data/Migrations/PostgreSql).</summary>
public sealed class PostgreSqlCmsDbContext(DbContextOptions<PostgreSqlCmsDbContext> options) : CmsDbContext(options);
