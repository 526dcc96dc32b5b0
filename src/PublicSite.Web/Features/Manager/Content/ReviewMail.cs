using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.Programmes;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// The review workflow's emails: to the publishers when a change is submitted, to its author when it is published or
/// returned with a comment. The manager has no per-user language, so each message is written in Chinese and then
/// Portuguese. A mail that cannot be sent is logged and never undoes the action it reports.
/// </summary>
public sealed class ReviewMail(
    UserManager<EditorUser> users, IMailDelivery mail, IStringLocalizer<ManagerText> text, IOptions<SmtpOptions> smtp,
    IOptions<SiteOptions> site, ILogger<ReviewMail> logger)
{
    public async Task SubmittedAsync(ContentVariant variant, string author, CancellationToken cancellationToken)
    {
        var publishers = new List<EditorUser>();
        foreach (var role in new[] { EditorRoles.Publisher, EditorRoles.Administrator })
        {
            publishers.AddRange(await users.GetUsersInRoleAsync(role));
        }
        var to = publishers.Where(u => !u.IsDeactivated && !string.Equals(u.UserName, author, StringComparison.OrdinalIgnoreCase)).ToList();
        await SendAsync(to, "MailSubmittedSubject", "MailSubmittedText", variant, author, null, cancellationToken);
    }

    public Task ReturnedAsync(ContentVariant variant, string author, string publisher, CancellationToken cancellationToken) =>
        ToAuthorAsync(variant, author, "MailReturnedSubject", "MailReturnedText", publisher, new("ReturnComment", variant.ReturnComment), cancellationToken);

    /// <summary>The change was not accepted (不予采用): the author reads the publisher's reason.</summary>
    public Task RejectedAsync(ContentVariant variant, string author, string publisher, string reason, CancellationToken cancellationToken) =>
        ToAuthorAsync(variant, author, "MailRejectedSubject", "MailRejectedText", publisher, new("MailRejectedReason", reason), cancellationToken);

    public Task PublishedAsync(ContentVariant variant, string author, string publisher, CancellationToken cancellationToken) =>
        ToAuthorAsync(variant, author, "MailPublishedSubject", "MailPublishedText", publisher, null, cancellationToken);

    private async Task ToAuthorAsync(
        ContentVariant variant, string author, string subjectKey, string textKey, string publisher, MailComment? comment, CancellationToken cancellationToken)
    {
        if (string.Equals(author, publisher, StringComparison.OrdinalIgnoreCase) || await users.FindByNameAsync(author) is not { } user || user.IsDeactivated)
        {
            return;
        }
        await SendAsync([user], subjectKey, textKey, variant, publisher, comment, cancellationToken);
    }

    private async Task SendAsync(
        IReadOnlyList<EditorUser> recipients, string subjectKey, string textKey, ContentVariant variant, string actor,
        MailComment? comment, CancellationToken cancellationToken)
    {
        var addresses = recipients.Select(u => u.Email).OfType<string>().Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Select(e => new MailboxAddress(null, e)).ToList();
        if (addresses.Count == 0)
        {
            return;
        }
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.FromAddress));
        message.To.AddRange(addresses);
        var link = $"{(site.Value.BaseUrl ?? "").TrimEnd('/')}/manager/content/edit?item={variant.ItemId}&lang={SiteLanguage.FromCulture(variant.Language)?.Code ?? "zh"}";
        var subjects = new List<string>();
        var body = new StringBuilder();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in SiteLanguage.All)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.Culture);
                subjects.Add(text[subjectKey, variant.Title]);
                body.AppendLine(text[textKey, variant.Title, actor]);
                // A rejection's reason is not a request to revise, so it has its own heading rather than the return comment's.
                if (comment is { Text: { } said } && !string.IsNullOrWhiteSpace(said))
                {
                    body.AppendLine().AppendLine(text[comment.Value.LabelKey] + ":").AppendLine(said);
                }
                body.AppendLine().AppendLine(link).AppendLine();
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
        message.Subject = string.Join(" / ", subjects);
        message.Body = new TextPart("plain") { Text = body.ToString() };
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The review mail about {Variant} could not be sent.", variant.Id);
        }
    }

    /// <summary>What the mail quotes from the reviewer, under the heading (resource key) that says what it is.</summary>
    private readonly record struct MailComment(string LabelKey, string? Text);
}
