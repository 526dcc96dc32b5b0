using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace PublicSite.Web.Features.Mail;

/// <summary>Sends through the configured SMTP server with MailKit, one connection per message (a few a day).</summary>
internal sealed class SmtpMailDelivery(IOptions<SmtpOptions> options) : IMailDelivery
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
