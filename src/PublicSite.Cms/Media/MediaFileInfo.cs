namespace PublicSite.Cms.Media;

/// <summary>What readers and API consumers learn of a stored file before downloading it.</summary>
public sealed record MediaFileInfo(string Path, long Length, string Sha256, string ContentType);
