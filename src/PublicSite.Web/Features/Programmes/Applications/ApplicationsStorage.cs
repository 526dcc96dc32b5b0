using Microsoft.Extensions.Options;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Programmes.Applications;

/// <summary>Where applications live under the site's data directory: the database, CVs, keys and unsent mail.</summary>
public sealed class ApplicationsStorage(IOptions<SiteOptions> site, IHostEnvironment environment)
{
    public string DataDirectory { get; } = site.Value.ResolveDataDirectory(environment.ContentRootPath);

    public string DatabasePath => Path.Combine(DataDirectory, "publicsite.db");

    public string CvDirectory => Path.Combine(DataDirectory, "applications", "cv");

    public string KeysDirectory => Path.Combine(DataDirectory, "keys");

    public string MailPickupDirectory => Path.Combine(DataDirectory, "mail-pickup");

    public string CvPath(Guid applicationId) => Path.Combine(CvDirectory, applicationId.ToString("N") + ".pdf.protected");
}
