namespace PublicSite.Web.Features.Applications;

/// <summary>
/// What became of a submission: accepted (with its reference and private status token) or too late. A repeat of an
/// earlier application is accepted too, marked for the office; <see cref="RepeatsSameEmail"/> says whether the
/// applicant gave the same e-mail address as before (only then may the e-mail to that address mention it).
/// </summary>
public sealed record SubmissionOutcome(
    SubmissionResult Result, SubmittedApplication? Application = null, string? StatusToken = null, bool RepeatsSameEmail = false)
{
    public static readonly SubmissionOutcome Closed = new(SubmissionResult.Closed);
}

public enum SubmissionResult
{
    Accepted,
    Closed,
}
