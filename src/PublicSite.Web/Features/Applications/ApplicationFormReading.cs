namespace PublicSite.Web.Features.Applications;

/// <summary>What <see cref="ApplicationFormReader"/> could not read of a post; the form says so in its language.</summary>
public sealed record ApplicationFormReading(FormReadProblem Problem);

public enum FormReadProblem
{
    None,

    /// <summary>The CV is over <c>Programmes:CvMaxBytes</c>; the rest of the form was read (413).</summary>
    CvTooLarge,

    /// <summary>The whole post is over <c>Programmes:MaxPostBytes</c>; the fields before the cut were read (413).</summary>
    BodyTooLarge,

    /// <summary>More than 1,024 fields, a field far longer than any the form has, or a malformed body (400).</summary>
    Unreadable,
}
