namespace PublicSite.Web.Site.Keys;

/// <summary>
/// A secret every web node must hold the same copy of (the key of the applicants' lookup hash), kept encrypted by
/// the Data Protection key ring beside it.
/// </summary>
public sealed class SharedSecret
{
    public required string Name { get; init; }

    /// <summary>The secret as <c>IDataProtector.Protect</c> gave it, in base 64.</summary>
    public required string ProtectedValue { get; init; }
}
