using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PublicSite.Cms.Data;
using PublicSite.Testing;

namespace PublicSite.Cms.Tests;

/// <summary>A real SQLite file in a temporary folder (or a PostgreSQL database of its own, see TestDatabase), migrated, with the CMS services and a clock the test controls.</summary>
public sealed class CmsDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CmsDatabase(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();

    public static async Task<CmsDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "publicsite-cms-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCms(TestDatabase.For(folder, "cms.db"), Path.Combine(folder, "media"));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero)));
        var provider = services.BuildServiceProvider();
        var database = new CmsDatabase(folder, provider);
        await using var scope = database.Scope();
        await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Database.MigrateAsync();
        return database;
    }

    /// <summary>A fresh scope, as one web request would have: its own DbContext and services.</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Drop(Folder);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is left for the OS to clean up.
        }
    }
}
