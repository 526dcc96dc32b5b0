using PublicSite.Cms.Media;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Media;

/// <summary>Runs the CMS core's one-time repair of stored media references at start (see <see cref="MediaReferenceRepair"/>).</summary>
public sealed class MediaReferenceRepairStep(MediaReferenceRepair repair) : IStartupStep
{
    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => repair.RunAsync(cancellationToken);
}
