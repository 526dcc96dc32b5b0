using System.Diagnostics;
using PublicSite.Cms.Tests.Import;

namespace PublicSite.Web.Tests.Api;

/// <summary>
/// The OpenAPI document as a consumer's tooling judges it: Redocly's recommended rules (security declared, a 4xx
/// for every operation, no trailing slash on the server, tags described, a licence). @redocly/cli is installed with
/// the e2e tools by <c>npm ci</c> in tests/e2e (tests/run.sh does it).
/// </summary>
[Collection(SeededSite.Name)]
public sealed class OpenApiLintTests(SiteFactory site)
{
    [Fact]
    public async Task The_document_passes_redocly_lint_without_errors()
    {
        var cli = Path.Combine(SeedNoticeDocx.RepositoryRoot(), "tests", "e2e", "node_modules", "@redocly", "cli", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run 'npm ci' in tests/e2e (tests/run.sh does).");
        var document = Path.Combine(Path.GetTempPath(), $"publicsite-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await site.Browser().GetStringAsync("/openapi/v1.json"));
        try
        {
            var start = new ProcessStartInfo("node", ["--no-deprecation", cli, "lint", document, "--format=summary"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var lint = Process.Start(start)!;
            var output = lint.StandardOutput.ReadToEndAsync();
            var errors = lint.StandardError.ReadToEndAsync();
            await lint.WaitForExitAsync();
            Assert.True(lint.ExitCode == 0, $"redocly lint failed:\n{await output}\n{await errors}");
        }
        finally
        {
            File.Delete(document);
        }
    }
}
