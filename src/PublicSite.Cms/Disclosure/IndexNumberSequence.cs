namespace PublicSite.Cms.Disclosure;

/// <summary>The last sequence number given out for an organisation code and year; it only ever grows.</summary>
public sealed class IndexNumberSequence
{
    public required string OrganisationCode { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }
}
