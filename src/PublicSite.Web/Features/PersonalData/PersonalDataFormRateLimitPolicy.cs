using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// Posts of any kind to the public forms that take personal data (applications, requests for information,
/// enquiries, event registrations) per client address (reading a form is free): a guard against floods, wider than
/// <see cref="SubmissionAllowance"/>, which counts accepted submissions and keeps the form on refusal.
/// A refused post gets the site's own 429 page in the form's language, not the API's JSON problem: this policy
/// answers its refusals itself.
/// </summary>
internal sealed class PersonalDataFormRateLimitPolicy(IOptions<PersonalDataFormOptions> options) : IRateLimiterPolicy<string>
{
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
            Window = options.Value.SubmissionWindow,
            QueueLimit = 0,
        })
        : RateLimitPartition.GetNoLimiter("read");
}
