using System.Text;
using System.Text.RegularExpressions;

namespace PublicSite.Web.Features.Feedback;

/// <summary>What the feedback form posts; every field is text, so binding cannot fail and the checks speak the reader's language.</summary>
public sealed partial class FeedbackForm
{
    public const int CommentMaxLength = 500;

    public const string Yes = "yes";

    public const string No = "no";

    /// <summary>The content item's id (<c>N</c> format), from the page the reader came from.</summary>
    public string? Item { get; set; }

    /// <summary><see cref="Yes"/> or <see cref="No"/>.</summary>
    public string? Useful { get; set; }

    public string? Comment { get; set; }

    /// <summary>Honeypot: hidden from people, filled in by robots.</summary>
    public string? Website { get; set; }

    public bool? IsUseful => Useful switch { Yes => true, No => false, _ => null };

    /// <summary>The comment as it will be stored: trimmed, null when empty.</summary>
    public string? CleanComment => string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();

    /// <summary>Field name → message key of each problem, in the order of the form.</summary>
    public IReadOnlyList<(string Field, string MessageKey)> Problems()
    {
        var problems = new List<(string, string)>();
        if (IsUseful is null)
        {
            problems.Add((nameof(Useful), "UsefulRequired"));
        }
        if (CleanComment is { } comment)
        {
            // Counted in code points, as a database's varchar counts: a character outside the BMP is one, not two.
            if (comment.EnumerateRunes().Count() > CommentMaxLength)
            {
                problems.Add((nameof(Comment), "CommentTooLong"));
            }
            else if (ContainsAddress(comment))
            {
                problems.Add((nameof(Comment), "CommentHasAddress"));
            }
        }
        return problems;
    }

    /// <summary>
    /// A web address in a comment: almost always spam, and the office does not follow links from anonymous readers.
    /// Full-width forms (ｈｔｔｐ：／／, ｗｗｗ．) are folded first, as Chinese input methods type them.
    /// </summary>
    public static bool ContainsAddress(string text) => Address().IsMatch(text.Normalize(NormalizationForm.FormKC));

    [GeneratedRegex(@"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|hk|mo|info|biz|top|xyz|io|cc|me|ru|site|online|shop|vip|club)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
