using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Applications;

namespace PublicSite.Web.Features.Mail;

/// <summary>
/// The emails an applicant receives, in the language they applied in: the confirmation with the reference and the
/// private status link, and each status change with the reviewer's note. A failure to send never loses the
/// message: it is written to the pickup folder instead.
/// </summary>
public sealed class ApplicantMail(
    IMailDelivery delivery, PickupFolderMailDelivery pickup, IStringLocalizer<ApplicationsText> text,
    IOptions<SmtpOptions> smtp, ILogger<ApplicantMail> logger)
{
    /// <summary>
    /// The confirmation. <paramref name="alreadyApplied"/> is true only when an earlier application to the call has
    /// the same ID number and this same address: the mailbox's owner is told, nobody who typed someone else's number.
    /// </summary>
    public Task SendConfirmationAsync(
        SubmittedApplication application, string callTitle, string statusUrl, bool alreadyApplied, CancellationToken cancellationToken) =>
        SendAsync(application, "MailConfirmationSubject", body =>
        {
            body.AppendLine(L("MailGreeting", application.FullName)).AppendLine()
                .AppendLine(L("MailConfirmationText", callTitle)).AppendLine();
            if (alreadyApplied)
            {
                body.AppendLine(L("MailAlreadyApplied")).AppendLine();
            }
            body.AppendLine(L("ReferenceNumber") + ": " + application.ReferenceNumber)
                .AppendLine(L("MailStatusLink")).AppendLine(statusUrl).AppendLine()
                .AppendLine(L("MailKeepPrivate"));
        }, cancellationToken);

    public Task SendStatusChangeAsync(SubmittedApplication application, string callTitle, string statusUrl, string? note, CancellationToken cancellationToken) =>
        SendAsync(application, "MailStatusSubject", body =>
        {
            body.AppendLine(L("MailGreeting", application.FullName)).AppendLine()
                .AppendLine(L("MailStatusText", callTitle, application.ReferenceNumber, L("Status_" + application.Status))).AppendLine();
            if (!string.IsNullOrWhiteSpace(note))
            {
                body.AppendLine(L("ReviewerNote") + ":").AppendLine(note).AppendLine();
            }
            body.AppendLine(L("MailStatusLink")).AppendLine(statusUrl);
        }, cancellationToken);

    private string L(string key, params object[] arguments) => text[key, arguments];

    private async Task SendAsync(SubmittedApplication application, string subjectKey, Action<StringBuilder> write, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        var previous = CultureInfo.CurrentUICulture;
        // The reviewer's screen may be in Chinese; the applicant reads the language they applied in.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(application.Language);
        try
        {
            message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.FromAddress));
            message.To.Add(new MailboxAddress(application.FullName, application.Email));
            message.Subject = L(subjectKey, application.ReferenceNumber);
            var body = new StringBuilder();
            write(body);
            body.AppendLine().AppendLine("--").AppendLine(L("MailSignature"));
            message.Body = new TextPart("plain") { Text = body.ToString() };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        try
        {
            await delivery.SendAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && delivery is not PickupFolderMailDelivery)
        {
            logger.LogError(e, "Mail for {Reference} could not be sent; it is kept in the pickup folder.", application.ReferenceNumber);
            await pickup.SendAsync(message, cancellationToken);
        }
    }

    /// <summary>The private status link, absolute, in the applicant's language.</summary>
    public static string StatusUrl(string origin, SubmittedApplication application, string token) =>
        origin + StatusPath(SiteLanguage.FromCulture(application.Language) ?? SiteLanguage.Chinese, application.ReferenceNumber, token);

    public static string StatusPath(SiteLanguage language, string reference, string token) =>
        $"/{language.Code}/applications/{reference}?token={Uri.EscapeDataString(token)}";
}
