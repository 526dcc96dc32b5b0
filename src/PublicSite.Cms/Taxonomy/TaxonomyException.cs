namespace PublicSite.Cms.Taxonomy;

/// <summary>A term change the rules refuse; <see cref="Reason"/> is a message key (TermInUse, TermKeyTaken…).</summary>
public sealed class TaxonomyException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
