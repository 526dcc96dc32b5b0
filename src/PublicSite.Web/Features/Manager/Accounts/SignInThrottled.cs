namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>Set on a sign-in post refused by <see cref="SignInRateLimitPolicy"/>: how long the address must wait.</summary>
public sealed record SignInThrottled(TimeSpan RetryAfter);
