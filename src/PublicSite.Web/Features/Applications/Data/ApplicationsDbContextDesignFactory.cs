using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PublicSite.Web.Features.Applications.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context ApplicationsDbContext</c> build the model without the web host.</summary>
internal sealed class ApplicationsDbContextDesignFactory : IDesignTimeDbContextFactory<ApplicationsDbContext>
{
    public ApplicationsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ApplicationsDbContext>()
            .UseSqlite("Data Source=design.db", ApplicationsDatabase.Configure)
            .Options);
}
