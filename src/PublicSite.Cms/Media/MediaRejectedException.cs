namespace PublicSite.Cms.Media;

/// <summary>An upload or deletion refused for a reason the manager explains (a message key).</summary>
public sealed class MediaRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
