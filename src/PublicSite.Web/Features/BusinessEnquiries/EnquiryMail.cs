using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Programmes;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>
/// The emails an enquirer receives, in the language they wrote in whatever the sender's screen shows: the
/// acknowledgement with the reference, and the office's reply. A failure to send keeps the message in the pickup folder.
/// </summary>
public sealed class EnquiryMail(
    IMailDelivery delivery, PickupFolderMailDelivery pickup, IStringLocalizer<BusinessEnquiriesText> text,
    IOptions<SmtpOptions> smtp, ILogger<EnquiryMail> logger)
{
    public Task SendAcknowledgementAsync(BusinessEnquiry enquiry, string name, string email, CancellationToken cancellationToken) =>
        SendAsync(enquiry, name, email, "MailSubject", body => body
            .AppendLine(text["MailText", enquiry.Company]).AppendLine()
            .AppendLine(text["ReferenceNumber"] + ": " + enquiry.ReferenceNumber), cancellationToken);

    public Task SendReplyAsync(BusinessEnquiry enquiry, string name, string email, string reply, CancellationToken cancellationToken) =>
        SendAsync(enquiry, name, email, "ReplyMailSubject", body => body
            .AppendLine(reply).AppendLine()
            .AppendLine(text["ReferenceNumber"] + ": " + enquiry.ReferenceNumber), cancellationToken);

    private async Task SendAsync(
        BusinessEnquiry enquiry, string name, string email, string subjectKey, Action<StringBuilder> write, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(enquiry.Language);
        try
        {
            message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.FromAddress));
            message.To.Add(new MailboxAddress(name, email));
            message.Subject = text[subjectKey, enquiry.ReferenceNumber];
            var body = new StringBuilder().AppendLine(text["MailGreeting", name]).AppendLine();
            write(body);
            body.AppendLine().AppendLine("--").AppendLine(text["MailSignature"]);
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
            logger.LogError(e, "Mail for {Reference} could not be sent; it is kept in the pickup folder.", enquiry.ReferenceNumber);
            await pickup.SendAsync(message, CancellationToken.None);
        }
    }
}
