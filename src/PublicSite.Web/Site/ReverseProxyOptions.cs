using System.Net;

namespace PublicSite.Web.Site;

/// <summary>
/// The reverse proxy in front of the site (section <c>ReverseProxy</c>). Off by default: honouring
/// <c>X-Forwarded-For</c>/<c>-Proto</c> from anyone would let any client choose its address and scheme.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>Take the client address and scheme from the forwarded headers of the proxies listed below.</summary>
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose forwarded headers are believed (<c>10.0.0.5</c>, <c>::1</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR notation (<c>172.18.0.0/16</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add themselves to <c>X-Forwarded-For</c>.</summary>
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<string> InvalidEntries() =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)));
}
