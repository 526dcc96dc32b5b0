using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Features.Feedback;

/// <summary>
/// Feedback posts per client address (showing the form is free), after the applications' policy: a refused post
/// gets the site's own 429 page in the page's language, with <c>Retry-After</c>.
/// </summary>
internal sealed class FeedbackRateLimitPolicy(IOptions<FeedbackOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "feedback";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
        {
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        // No body: the status-code pages then render the localized "too many requests" page.
        return ValueTask.CompletedTask;
    };

    // Behind a reverse proxy, forwarded headers must be honoured, or every client shares the proxy's address.
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => HttpMethods.IsPost(httpContext.Request.Method)
        ? RateLimitPartition.GetFixedWindowLimiter(httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PostsPerWindow,
            Window = options.Value.Window,
            QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter("read");
}
