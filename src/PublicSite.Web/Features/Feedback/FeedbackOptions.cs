using System.ComponentModel.DataAnnotations;

namespace PublicSite.Web.Features.Feedback;

/// <summary>Settings of the page feedback (section <c>Feedback</c>).</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "Feedback";

    /// <summary>Answers one client address may send per window; a reader sends one or two, a flood many.</summary>
    [Range(1, 10_000)]
    public int PostsPerWindow { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
