using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

/// <summary>The sign-in form must not tell an attacker which addresses have accounts, nor which accounts are locked.</summary>
public sealed class AccountProbingTests : IClassFixture<AccountProbingTests.CountingSite>
{
    private const string WrongPassword = "Not-The-Password-1!";

    private readonly CountingSite _site;

    public AccountProbingTests(CountingSite site) => _site = site;

    /// <summary>Identity's own password hasher, counting how often a password is checked against a hash.</summary>
    public sealed class CountingHasher : IPasswordHasher<EditorUser>
    {
        private readonly PasswordHasher<EditorUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(EditorUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(EditorUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class CountingSite : SiteFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<EditorUser>>(Hasher));
        }
    }

    private static async Task<(HttpStatusCode Status, string? Alert)> AnswerAsync(HttpResponseMessage response) =>
        (response.StatusCode, (await SiteFactory.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim());

    [Fact]
    public async Task An_unknown_address_gets_the_answer_of_a_wrong_password_after_a_password_hash_is_checked()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var known = await AnswerAsync(await ManagerClient.Anonymous(_site).SignInAsync(editor.Email, WrongPassword));
        var before = _site.Hasher.Verifications;

        var unknown = await AnswerAsync(await ManagerClient.Anonymous(_site).SignInAsync($"nobody-{Guid.NewGuid():N}@gaob.example.gov.cn", WrongPassword));

        Assert.Equal(known, unknown);
        Assert.Equal(before + 1, _site.Hasher.Verifications);
    }

    [Fact]
    public async Task After_five_failures_a_locked_account_and_an_unknown_address_get_the_same_answer_and_both_check_a_hash()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var unknownEmail = $"nobody-{Guid.NewGuid():N}@gaob.example.gov.cn";
        var client = ManagerClient.Anonymous(_site);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(editor.Email, WrongPassword);
            await client.SignInAsync(unknownEmail, WrongPassword);
        }

        var before = _site.Hasher.Verifications;
        var locked = await AnswerAsync(await client.SignInAsync(editor.Email, WrongPassword));
        var afterLocked = _site.Hasher.Verifications;
        var unknown = await AnswerAsync(await client.SignInAsync(unknownEmail, WrongPassword));

        Assert.Equal(unknown, locked);
        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Equal(before + 1, afterLocked);
        Assert.Equal(afterLocked + 1, _site.Hasher.Verifications);
    }
}
