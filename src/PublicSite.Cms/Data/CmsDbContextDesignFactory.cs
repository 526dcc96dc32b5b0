using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PublicSite.Cms.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web host.</summary>
internal sealed class CmsDbContextDesignFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CmsDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>The same for the PostgreSQL set: <c>dotnet ef migrations add … --context PostgreSqlCmsDbContext -o Data/Migrations/PostgreSql</c>.</summary>
internal sealed class PostgreSqlCmsDbContextDesignFactory : IDesignTimeDbContextFactory<PostgreSqlCmsDbContext>
{
    // No connection is opened to add a migration; the string only names the provider.
    public PostgreSqlCmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCmsDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
