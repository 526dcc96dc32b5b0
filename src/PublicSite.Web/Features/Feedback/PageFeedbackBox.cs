using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Feedback;

/// <summary>
/// The box at the foot of a content page, rendered by the layout when the page names its item
/// (<see cref="Shared.PageMeta.FeedbackItemId"/>). It is part of a cached page, so it holds no token: yes and no
/// are a GET to <see cref="SendModel"/>, which stores nothing until its own form is posted.
/// </summary>
public sealed record PageFeedbackBox(SiteLanguage Language, Guid ItemId)
{
    /// <summary>The box's id: the thank-you and the footer's "report an error" link go to it.</summary>
    public const string Anchor = "feedback";

    public const string ThanksKey = "feedback";

    public const string ThanksValue = "thanks";

    /// <summary>The query of the content page after an answer was stored: one fixed value, so one cached variant.</summary>
    public const string ThanksQuery = ThanksKey + "=" + ThanksValue;

    public string SendPath => $"/{Language.Code}{SendModel.PathAfterLanguage}";

    public static bool IsThanked(HttpContext context) =>
        string.Equals(context.Request.Query[ThanksKey], ThanksValue, StringComparison.Ordinal);
}
