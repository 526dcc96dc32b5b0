namespace PublicSite.Web.Features.Feedback;

/// <summary>
/// One reader's answer to "is this page useful?" about one content item. Nothing identifies the reader: no
/// address, no cookie, no account, and the form asks for no personal data.
/// </summary>
public sealed class PageFeedback
{
    public long Id { get; set; }

    /// <summary>The content item the page showed (its language versions share it).</summary>
    public Guid ItemId { get; set; }

    /// <summary>The language version read: <c>zh-CN</c> or <c>pt-PT</c>.</summary>
    public string Language { get; set; } = "";

    /// <summary>How it was read: <see cref="FeedbackView.Simplified"/>, <see cref="FeedbackView.Traditional"/> or <see cref="FeedbackView.Portuguese"/>.</summary>
    public string View { get; set; } = "";

    public bool Useful { get; set; }

    public string? Comment { get; set; }

    public DateTime ReceivedUtc { get; set; }
}

/// <summary>The three readings a page has, as stored and shown to editors.</summary>
public static class FeedbackView
{
    public const string Simplified = "zh";

    public const string Traditional = "zh-hant";

    public const string Portuguese = "pt";
}
