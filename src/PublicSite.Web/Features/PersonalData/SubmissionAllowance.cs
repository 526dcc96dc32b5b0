using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Features.PersonalData;

/// <summary>
/// Accepted applications per client address and window. Only posts that passed every check count: an applicant
/// correcting mistakes is not who the limit is for, and a refused post stores nothing. Floods of posts of any kind
/// are held off by the wider rate-limiting policy on the page (<see cref="PersonalDataFormRateLimitPolicy"/>).
/// </summary>
public sealed class SubmissionAllowance(IOptions<PersonalDataFormOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SubmissionsPerWindow,
            Window = options.Value.SubmissionWindow,
            QueueLimit = 0,
        }));

    /// <summary>Takes one submission from the client's allowance; when none is left, how long until the window turns.</summary>
    public (bool Allowed, TimeSpan RetryAfter) TryTake(HttpContext http)
    {
        // Behind a reverse proxy, forwarded headers must be honoured, or every client shares the proxy's address.
        using var lease = _limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (lease.IsAcquired)
        {
            return (true, TimeSpan.Zero);
        }
        return (false, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.SubmissionWindow);
    }

    public void Dispose() => _limiter.Dispose();
}
