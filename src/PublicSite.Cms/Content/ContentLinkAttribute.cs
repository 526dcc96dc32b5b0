namespace PublicSite.Cms.Content;

/// <summary>
/// Marks a string field that holds the key of another item of <see cref="TypeKey"/> (e.g. the document that replaces
/// this one), so the editor offers a search of published items instead of asking for an internal key.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class ContentLinkAttribute(string typeKey) : Attribute
{
    public string TypeKey { get; } = typeKey;

    /// <summary>An absolute http(s) address is accepted as well as a key (a 政策解读 may live on another site).</summary>
    public bool AllowsUrl { get; init; }
}
