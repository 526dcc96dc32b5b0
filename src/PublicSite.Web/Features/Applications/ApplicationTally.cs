namespace PublicSite.Web.Features.Applications;

/// <summary>Anonymous counts left by the purge: how many applications a call had, by final status.</summary>
public sealed class ApplicationTally
{
    public Guid CallItemId { get; set; }

    public ApplicationStatus Status { get; set; }

    public int Count { get; set; }
}
