namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>What became of a submission: accepted (with its reference and private status token), a duplicate, or too late.</summary>
public sealed record SubmissionOutcome(SubmissionResult Result, SubmittedApplication? Application = null, string? StatusToken = null)
{
    public static readonly SubmissionOutcome Duplicate = new(SubmissionResult.Duplicate);
    public static readonly SubmissionOutcome Closed = new(SubmissionResult.Closed);
}

public enum SubmissionResult
{
    Accepted,
    Duplicate,
    Closed,
}
