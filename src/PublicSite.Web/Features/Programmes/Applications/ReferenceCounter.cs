namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>The last number given under a prefix such as <c>CZHM-2026-INT</c>; outlives purged applications.</summary>
public sealed class ReferenceCounter
{
    public required string Prefix { get; set; }

    public int Last { get; set; }
}
