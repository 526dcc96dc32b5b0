using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace PublicSite.Web.Tests.Site;

/// <summary>
/// The TCP peer a request comes from, which the in-memory test server leaves empty: a request carrying
/// <see cref="Header"/> arrives "from" that address, before any of the site's own middleware runs.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }
            return nextMiddleware(context);
        });
        next(app);
    };

    public static HttpClient From(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
