using MimeKit;

namespace PublicSite.Web.Features.Mail;

/// <summary>Sends a message: through SMTP when one is configured, else into the pickup folder.</summary>
public interface IMailDelivery
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
