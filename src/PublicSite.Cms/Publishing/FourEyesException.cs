namespace PublicSite.Cms.Publishing;

/// <summary>A publisher tried to approve their own change; someone else must.</summary>
public sealed class FourEyesException(string author) : Exception($"{author} cannot approve their own change.")
{
    public string Author { get; } = author;
}
