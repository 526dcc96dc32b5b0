using Microsoft.Extensions.Options;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// Where personal data lives under the site's data directory: unsent mail, and the keys an older site kept there
/// before they moved into the database (the database is the site's, <c>SiteDatabase</c>).
/// </summary>
public sealed class PersonalDataStorage(IOptions<SiteOptions> site, IHostEnvironment environment)
{
    public string DataDirectory { get; } = site.Value.ResolveDataDirectory(environment.ContentRootPath);

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public string MailPickupDirectory => Path.Combine(DataDirectory, "mail-pickup");
}
