using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Manager.Import;

/// <summary>
/// Holds an uploaded notice between the review screen and the save, under <c>imports/</c> in the data directory,
/// for the editor who uploaded it only. Nothing of it reaches the content or the media library before the save;
/// files older than a day are removed at the next upload.
/// </summary>
public sealed partial class NoticeStaging(IOptions<SiteOptions> site, IHostEnvironment environment, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(site.Value.ResolveDataDirectory(environment.ContentRootPath), "imports");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TokenShape();

    public async Task<string> SaveAsync(byte[] content, string fileName, string owner, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in new DirectoryInfo(Folder).EnumerateFiles().Where(f => f.LastWriteTimeUtc < time.GetUtcNow().UtcDateTime - Lifetime))
        {
            old.Delete();
        }
        var token = Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(Path.Combine(Folder, token + ".docx"), content, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(Folder, token + ".json"), JsonSerializer.Serialize(new StagedNotice(fileName, owner, [])), cancellationToken);
        return token;
    }

    /// <summary>The staged file, or null when the token is unknown, expired or another editor's.</summary>
    public async Task<StagedNotice?> LoadAsync(string? token, string owner, CancellationToken cancellationToken)
    {
        if (token is null || !TokenShape().IsMatch(token) || !File.Exists(Path.Combine(Folder, token + ".json")))
        {
            return null;
        }
        var staged = JsonSerializer.Deserialize<StagedNotice>(await File.ReadAllTextAsync(Path.Combine(Folder, token + ".json"), cancellationToken));
        if (staged is null || !string.Equals(staged.Owner, owner, StringComparison.Ordinal))
        {
            return null;
        }
        return staged with { Content = await File.ReadAllBytesAsync(Path.Combine(Folder, token + ".docx"), cancellationToken) };
    }

    public void Delete(string token)
    {
        if (TokenShape().IsMatch(token))
        {
            File.Delete(Path.Combine(Folder, token + ".docx"));
            File.Delete(Path.Combine(Folder, token + ".json"));
        }
    }
}

public sealed record StagedNotice(string FileName, string Owner, byte[] Content);
