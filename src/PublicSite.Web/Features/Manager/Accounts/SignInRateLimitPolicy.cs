using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>
/// Sign-in posts per client address: slows guessing across many accounts from one address (the lockout in
/// <see cref="SignInFailures"/> is per account and address).
/// </summary>
internal sealed class SignInRateLimitPolicy(IOptions<ManagerOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "manager-sign-in";

    /// <summary>
    /// The refusal is the sign-in page itself (in the editor's language, the typed address kept): the page is run
    /// with <see cref="SignInThrottled"/> set, and answers 429 without trying the password.
    /// </summary>
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, _) =>
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Features.Set(new SignInThrottled(TimeSpan.FromSeconds(seconds)));
        if (http.GetEndpoint()?.RequestDelegate is { } page)
        {
            await page(http);
        }
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => HttpMethods.IsPost(httpContext.Request.Method)
        // Without forwarded headers honoured, every client behind a proxy shares the proxy's address (see README, Security).
        ? RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttemptsPerWindow,
            Window = options.Value.SignInWindow,
            QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter("read");
}
