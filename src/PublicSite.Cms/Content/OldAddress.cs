namespace PublicSite.Cms.Content;

/// <summary>How an old address is compared: path and query, without scheme or host, case-insensitive, no trailing slash.</summary>
public static class OldAddress
{
    public const int MaxLength = 400;

    /// <summary>
    /// The key of an address as an editor pastes it (a whole URL of the old site or a path) or as a request asks for
    /// it; null when it is not an address. Old government sites ran on servers that ignored case and trailing
    /// slashes, so links out there use any of those forms.
    /// </summary>
    public static string? Normalise(string? address)
    {
        var text = address?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            text = url.PathAndQuery;
        }
        if (!text.StartsWith('/') || text.StartsWith("//", StringComparison.Ordinal) || text.Any(char.IsControl))
        {
            return null;
        }
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            text = text[..hash];
        }
        var query = text.IndexOf('?', StringComparison.Ordinal);
        var path = query >= 0 ? text[..query] : text;
        var rest = query >= 0 && query < text.Length - 1 ? text[query..] : "";
        path = Uri.UnescapeDataString(path).TrimEnd('/');
        var key = ((path.Length == 0 ? "/" : path) + rest).ToLowerInvariant();
        return key.Length <= MaxLength ? key : null;
    }
}
