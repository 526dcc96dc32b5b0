namespace PublicSite.Cms.Seed;

/// <summary>An invalid seed file: the import stops and names the file and the reason.</summary>
public sealed class SeedImportException(string path, string reason, Exception? inner = null)
    : Exception($"{path}: {reason}", inner)
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
