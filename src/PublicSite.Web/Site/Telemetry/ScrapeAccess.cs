using System.Net;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Site.Telemetry;

/// <summary>
/// Who may read <c>/metrics</c>: loopback and the configured networks. Metrics tell an outsider the site's load,
/// its error rate and which node is behind, so they are not public; a refusal is the site's ordinary 404.
/// </summary>
internal static class ScrapeAccess
{
    public static void Restrict(IApplicationBuilder branch)
    {
        var prometheus = branch.ApplicationServices.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus;
        var networks = prometheus.AllowedNetworks.Select(n => IPNetwork.Parse(n)).ToArray();
        branch.Use((context, next) =>
        {
            if (IsAllowed(context.Connection.RemoteIpAddress, networks))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }

    /// <summary>An unknown peer (no TCP address) is refused: nothing says it is near.</summary>
    internal static bool IsAllowed(IPAddress? address, IReadOnlyList<IPNetwork> networks)
    {
        if (address is null)
        {
            return false;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        return IPAddress.IsLoopback(address) || networks.Any(n => n.Contains(address));
    }
}
