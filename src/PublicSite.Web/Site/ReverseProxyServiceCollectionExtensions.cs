using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Site;

public static class ReverseProxyServiceCollectionExtensions
{
    /// <summary>
    /// Forwarded headers from the configured proxies (client address for rate limits and the audit log, HTTPS for
    /// secure cookies and HSTS), and HSTS itself.
    /// </summary>
    public static IServiceCollection AddReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.SectionName)
            .Validate(o => !o.InvalidEntries().Any(), "ReverseProxy:KnownProxies and KnownNetworks must be IP addresses and CIDR networks.")
            .Validate(o => !o.Enabled || o.KnownProxies.Count + o.KnownNetworks.Count > 0, "ReverseProxy:Enabled needs KnownProxies or KnownNetworks.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxy) =>
        {
            // Host is not taken: links use Site:BaseUrl, and a forged host would reach nothing else.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            // Only the listed proxies: the defaults (loopback) are dropped, so nothing is believed by accident.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }
            foreach (var network in proxy.Value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // Secure whenever the request is HTTPS, as the manager's cookie already is.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }
}
