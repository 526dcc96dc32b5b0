using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace PublicSite.Web.Features.Mail;

/// <summary>
/// Outgoing mail (section <c>Smtp</c>). Without a <see cref="Host"/> the site writes each message as an .eml file
/// into <c>mail-pickup/</c> under the data directory, for an operator or a relay to pick up.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "noreply@example.gov.cn";

    public string FromName { get; set; } = "常州市港澳办";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
