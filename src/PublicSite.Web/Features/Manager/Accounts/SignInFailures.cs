using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>
/// Wrong passwords counted per account <em>and</em> client address, with the lockout they lead to. Identity counts
/// per account only and never forgets a failure, so one patient address (within the sign-in rate limit) could keep
/// an administrator locked out; here the address that guesses is locked, the account's owner elsewhere is not, and
/// failures older than the lockout period are forgotten.
/// </summary>
public sealed class SignInFailures(IMemoryCache cache, TimeProvider time, IOptions<ManagerOptions> options)
{
    private sealed class Tally
    {
        public int Count;
        public DateTimeOffset LastFailure;
        public DateTimeOffset? LockedUntil;
    }

    public bool IsLockedOut(string userId, string? address) =>
        cache.TryGetValue(Key(userId, address), out Tally? tally) && tally!.LockedUntil > time.GetUtcNow();

    public void RecordFailure(string userId, string? address)
    {
        var now = time.GetUtcNow();
        var period = options.Value.SignInLockout;
        var tally = cache.GetOrCreate(Key(userId, address), entry =>
        {
            // Bounds the memory an attacker's many addresses can take: nothing is kept longer than the period it matters.
            entry.SlidingExpiration = period;
            return new Tally();
        })!;
        lock (tally)
        {
            if (now - tally.LastFailure > period || tally.LockedUntil <= now)
            {
                tally.Count = 0;
                tally.LockedUntil = null;
            }
            tally.Count++;
            tally.LastFailure = now;
            if (tally.Count >= options.Value.SignInFailuresBeforeLockout)
            {
                tally.LockedUntil = now + period;
            }
        }
    }

    public void Forget(string userId, string? address) => cache.Remove(Key(userId, address));

    private static string Key(string userId, string? address) => $"sign-in-failures:{userId}:{address ?? "unknown"}";
}
