using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// Limits on the public forms that take personal data. Section <c>Programmes</c>: the limits began with the
/// application form, and deployed settings (<c>Programmes:SubmissionsPerWindow</c>…) keep working.
/// </summary>
public sealed class PersonalDataFormOptions
{
    public const string SectionName = "Programmes";

    /// <summary>Accepted submissions one client may make per <see cref="SubmissionWindow"/>; failed checks do not count.</summary>
    [Range(1, 10000)]
    public int SubmissionsPerWindow { get; set; } = 10;

    /// <summary>Posts of any kind (failed checks included) one client may make per <see cref="SubmissionWindow"/>: a flood guard.</summary>
    [Range(1, 100000)]
    public int PostsPerWindow { get; set; } = 60;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SubmissionWindow { get; set; } = TimeSpan.FromMinutes(10);
}
