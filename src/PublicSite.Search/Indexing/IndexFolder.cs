using System.Globalization;

namespace PublicSite.Search.Indexing;

/// <summary>
/// <c>search-index/</c>: one sub-folder per build of the index (a generation) and a file <c>current</c> naming the
/// one in use. A rebuild writes a new generation and then replaces <c>current</c> in one move, so readers never see
/// a half-built index, and a running site notices a rebuild done by the <c>reindex</c> command.
/// </summary>
internal sealed class IndexFolder(string root)
{
    private const string Prefix = "g";

    public string Root { get; } = Path.GetFullPath(root);

    private string PointerPath => Path.Combine(Root, "current");

    public string? CurrentGeneration()
    {
        try
        {
            var name = File.Exists(PointerPath) ? File.ReadAllText(PointerPath).Trim() : null;
            return IsGeneration(name) && Directory.Exists(PathOf(name!)) ? name : null;
        }
        catch (IOException)
        {
            // Being replaced at this moment: read again on the next poll.
            return null;
        }
    }

    public string PathOf(string generation) => Path.Combine(Root, generation);

    public string NewGeneration(DateTimeOffset now)
    {
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}{now.UtcDateTime:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(PathOf(name));
        return name;
    }

    public void Activate(string generation)
    {
        var temporary = PointerPath + "." + Guid.NewGuid().ToString("N")[..6];
        File.WriteAllText(temporary, generation);
        File.Move(temporary, PointerPath, overwrite: true);
    }

    public void Remove(string generation) => TryDelete(PathOf(generation));

    /// <summary>Deletes generations other than <paramref name="keep"/>; one still open elsewhere is left for later.</summary>
    public void RemoveOthers(string keep, string? alsoKeep = null)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }
        foreach (var folder in Directory.EnumerateDirectories(Root, Prefix + "*"))
        {
            var name = Path.GetFileName(folder);
            if (name == keep || name == alsoKeep)
            {
                continue;
            }
            TryDelete(folder);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still open somewhere: removed by a later clean-up.
        }
    }

    private static bool IsGeneration(string? name) =>
        !string.IsNullOrEmpty(name) && name.StartsWith(Prefix, StringComparison.Ordinal)
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
