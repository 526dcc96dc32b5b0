using Microsoft.AspNetCore.Mvc.Testing;

namespace PublicSite.Web.Tests.Manager;

/// <summary>
/// A browser whose cookies the test can read and copy (the factory's own cookie handling hides them): sends what it
/// holds, keeps what the site sets.
/// </summary>
public sealed class RawBrowser(HttpClient http)
{
    public static RawBrowser For(SiteFactory site) =>
        new(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }));

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }
        if (Cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await http.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';')[0].Split('=', 2);
            if (pair[1].Length == 0)
            {
                Cookies.Remove(pair[0]);
            }
            else
            {
                Cookies[pair[0]] = pair[1];
            }
        }
        return response;
    }

    /// <summary>Loads <paramref name="path"/> and posts its form matching <paramref name="formSelector"/> with its hidden fields and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formSelector, Dictionary<string, string> fields)
    {
        var page = await SiteFactory.ParseAsync(await SendAsync(HttpMethod.Get, path));
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {path}.");
        var values = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : path;
        return await SendAsync(HttpMethod.Post, action, values);
    }
}
