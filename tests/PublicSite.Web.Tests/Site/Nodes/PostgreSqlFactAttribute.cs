using PublicSite.Testing;

namespace PublicSite.Web.Tests.Site.Nodes;

/// <summary>
/// A test for several nodes on a database server: skipped in the SQLite pass. Two processes on one SQLite file did
/// run, but the node restarted after a kill -9 did not catch its index up within 15 s there (not yet understood), and
/// SQLite is the one-node deployment; the PostgreSQL pass of tests/run.sh runs these.
/// </summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Skip = "Needs PUBLICSITE_TEST_DB=postgres (several nodes share a database server).";
        }
    }
}
