using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Programmes;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.EventRegistrations;

/// <summary>
/// The emails a registrant receives, in the language they registered in: the confirmation with the event as an
/// <c>.ics</c> attachment, the waiting-list notice (no calendar entry: there is no seat yet), and the office's
/// messages to all registrants. A failure to send keeps the message in the pickup folder.
/// </summary>
public sealed class RegistrationMail(
    IMailDelivery delivery, PickupFolderMailDelivery pickup, IStringLocalizer<EventRegistrationsText> text,
    IOptions<SmtpOptions> smtp, TimeProvider time, ILogger<RegistrationMail> logger)
{
    public Task SendRegistrationAsync(EventRegistration registration, string name, string email, RegistrableEvent listing, CancellationToken cancellationToken)
    {
        var confirmed = registration.Status == RegistrationStatus.Confirmed;
        return SendAsync(registration, name, email, confirmed ? "MailConfirmedSubject" : "MailWaitingSubject", listing.Title, (body, attachments) =>
        {
            body.AppendLine(text[confirmed ? "MailConfirmedText" : "MailWaitingText", listing.Title]).AppendLine();
            if (listing.Details.StartsAt is { } start)
            {
                body.AppendLine(text["MailWhen"] + ": " + SiteDates.WrittenWithTime(start, Language(registration)));
            }
            if (!string.IsNullOrEmpty(listing.Details.Venue))
            {
                body.AppendLine(text["MailWhere"] + ": " + listing.Details.Venue);
            }
            body.AppendLine(text["ReferenceNumber"] + ": " + registration.ReferenceNumber).AppendLine().AppendLine(listing.PageUrl);
            if (confirmed)
            {
                var ics = EventCalendarFile.Write(
                    registration.ReferenceNumber + "@" + new Uri(listing.PageUrl).Host, listing.Title, listing.Details, listing.PageUrl,
                    time.GetUtcNow().UtcDateTime);
                attachments.Add("event.ics", Encoding.UTF8.GetBytes(ics), ContentType.Parse(EventCalendarFile.MediaType + "; method=PUBLISH; charset=utf-8"));
            }
        }, cancellationToken);
    }

    public Task SendMessageAsync(EventRegistration registration, string name, string email, string eventTitle, string message, CancellationToken cancellationToken) =>
        SendAsync(registration, name, email, "MailMessageSubject", eventTitle, (body, _) => body.AppendLine(message).AppendLine()
            .AppendLine(text["ReferenceNumber"] + ": " + registration.ReferenceNumber), cancellationToken);

    private static PublicSite.Cms.Content.SiteLanguage Language(EventRegistration registration) =>
        PublicSite.Cms.Content.SiteLanguage.FromCulture(registration.Language) ?? PublicSite.Cms.Content.SiteLanguage.Chinese;

    private async Task SendAsync(
        EventRegistration registration, string name, string email, string subjectKey, string eventTitle,
        Action<StringBuilder, AttachmentCollection> write, CancellationToken cancellationToken)
    {
        var message = new MimeMessage();
        var previous = CultureInfo.CurrentUICulture;
        // The office's screen may be in Chinese; the registrant reads the language they registered in.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(registration.Language);
        try
        {
            message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.FromAddress));
            message.To.Add(new MailboxAddress(name, email));
            message.Subject = text[subjectKey, eventTitle];
            var body = new StringBuilder().AppendLine(text["MailGreeting", name]).AppendLine();
            var builder = new BodyBuilder();
            write(body, builder.Attachments);
            body.AppendLine().AppendLine("--").AppendLine(text["MailSignature"]);
            builder.TextBody = body.ToString();
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
            logger.LogError(e, "Mail for {Reference} could not be sent; it is kept in the pickup folder.", registration.ReferenceNumber);
            await pickup.SendAsync(message, CancellationToken.None);
        }
    }
}
