using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Programmes;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// The applicant's mail, in the language they wrote in: the acknowledgement with the reference and the private status
/// link, and each letter with its PDF. A failure to send never loses the message: it goes to the pickup folder, as
/// for applications.
/// </summary>
public sealed class RequestMail(
    IMailDelivery delivery, PickupFolderMailDelivery pickup, IStringLocalizer<InformationRequestsText> text,
    IOptions<SmtpOptions> smtp, ILogger<RequestMail> logger)
{
    public Task SendReceivedAsync(InformationRequest request, string statusUrl, CancellationToken cancellationToken) =>
        SendAsync(request, "MailReceivedSubject", body => body
            .AppendLine(text["MailReceivedText"]).AppendLine()
            .AppendLine(text["ReferenceNumber"] + ": " + request.ReferenceNumber)
            .AppendLine(text["MailStatusLink"]).AppendLine(statusUrl).AppendLine()
            .AppendLine(text["MailKeepPrivate"]), null, cancellationToken);

    /// <summary>A letter: its text in the message, its PDF attached, and the link to the status page that keeps it.</summary>
    public Task SendLetterAsync(InformationRequest request, string title, string letter, byte[] pdf, string statusUrl, CancellationToken cancellationToken) =>
        SendAsync(request, "MailLetterSubject", body => body
            .AppendLine(text["MailLetterText", title]).AppendLine()
            .AppendLine(letter).AppendLine()
            .AppendLine(text["MailStatusLink"]).AppendLine(statusUrl).AppendLine()
            .AppendLine(text["MailKeepPrivate"]), pdf, cancellationToken);

    private async Task SendAsync(
        InformationRequest request, string subjectKey, Action<StringBuilder> write, byte[]? pdf, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        var previous = CultureInfo.CurrentUICulture;
        // The office's screen may speak Chinese; the applicant reads the language they wrote in.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(request.Language);
        try
        {
            message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.FromAddress));
            message.To.Add(new MailboxAddress(request.Name, request.Email));
            message.Subject = text[subjectKey, request.ReferenceNumber];
            var body = new StringBuilder().AppendLine(text["MailGreeting", request.Name]).AppendLine();
            write(body);
            body.AppendLine().AppendLine("--").AppendLine(text["MailSignature"]);
            var builder = new BodyBuilder { TextBody = body.ToString() };
            if (pdf is not null)
            {
                builder.Attachments.Add($"{request.ReferenceNumber}.pdf", pdf, new ContentType("application", "pdf"));
            }
            message.Body = builder.ToMessageBody();
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
            logger.LogError(e, "Mail for {Reference} could not be sent; it is kept in the pickup folder.", request.ReferenceNumber);
            await pickup.SendAsync(message, cancellationToken);
        }
    }

    public static string StatusPath(SiteLanguage language, string reference, string token) =>
        $"/{language.Code}/disclosure/request/{reference}?token={Uri.EscapeDataString(token)}";
}
