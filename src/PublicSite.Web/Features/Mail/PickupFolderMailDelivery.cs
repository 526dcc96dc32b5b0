using System.Globalization;
using MimeKit;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.Mail;

/// <summary>Writes each message as an .eml file under <c>mail-pickup/</c> in the data directory (no SMTP configured, or SMTP failed).</summary>
public sealed class PickupFolderMailDelivery(PersonalDataStorage storage, TimeProvider time) : IMailDelivery
{
    public string Folder => storage.MailPickupDirectory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = string.Create(CultureInfo.InvariantCulture, $"{time.GetUtcNow():yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid():N}.eml");
        var temporary = Path.Combine(Folder, name + ".tmp");
        // Written aside then renamed, so a relay watching the folder never picks up half a message.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
