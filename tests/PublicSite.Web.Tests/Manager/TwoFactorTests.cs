using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

public sealed class TwoFactorTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public TwoFactorTests(SiteFactory site) => _site = site;

    /// <summary>RFC 6238 as an authenticator app computes it (SHA-1, 30 seconds, 6 digits).</summary>
    private static string Totp(string base32Key, int stepsAhead = 0)
    {
        var key = Base32(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepsAhead);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; the test must compute what they compute.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var code = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return code.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.TrimEnd('=').Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }

    [Fact]
    public async Task An_editor_who_turns_on_two_factor_sign_in_needs_the_authenticator_code_next_time()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var setup = await SiteFactory.ParseAsync(await editor.PostFormAsync("/manager/account", "main form[action*='Setup']", []));
        var key = setup.QuerySelector("[data-key]")!.TextContent;
        Assert.NotNull(setup.QuerySelector("figure.qr-code svg"));

        var token = setup.QuerySelector("main form[action*='Enable'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Task<HttpResponseMessage> EnableAsync(string code) => editor.Http.PostAsync("/manager/account?handler=Enable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["code"] = code }));

        var wrong = await SiteFactory.ParseAsync(await EnableAsync("000000"));
        Assert.Contains("验证码不正确", wrong.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(key, wrong.QuerySelector("[data-key]")!.TextContent);
        var enabled = await EnableAsync(Totp(key));
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);

        var next = ManagerClient.Anonymous(_site);
        var first = await next.SignInAsync(editor.Email, "Editor-Pa55word-Long!");
        Assert.StartsWith("/manager/sign-in/two-factor", first.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await next.Http.GetAsync("/manager")).StatusCode);
        // The next step's code: the one confirmed a moment ago was used up (accepted codes work once).
        var second = await next.PostFormAsync(first.Headers.Location!.OriginalString, "main form", new() { ["code"] = Totp(key, 1) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.Http.GetAsync("/manager")).StatusCode);
    }

    /// <summary>Turns two-factor sign-in on for <paramref name="editor"/> with the current code; returns the key.</summary>
    private static async Task<string> EnableTwoFactorAsync(ManagerClient editor)
    {
        var setup = await SiteFactory.ParseAsync(await editor.PostFormAsync("/manager/account", "main form[action*='Setup']", []));
        var key = setup.QuerySelector("[data-key]")!.TextContent;
        var token = setup.QuerySelector("main form[action*='Enable'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var enabled = await editor.Http.PostAsync("/manager/account?handler=Enable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["code"] = Totp(key) }));
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return key;
    }

    private static async Task<HttpResponseMessage> SignInWithCodeAsync(ManagerClient client, string email, string code)
    {
        var first = await client.SignInAsync(email, "Editor-Pa55word-Long!");
        return await client.PostFormAsync(first.Headers.Location!.OriginalString, "main form", new() { ["code"] = code });
    }

    private Task<bool> TwoFactorEnabledAsync(string email) => _site.WithServicesAsync(async s =>
    {
        var users = s.GetRequiredService<UserManager<EditorUser>>();
        return await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!);
    });

    [Fact]
    public async Task A_one_time_code_that_signed_in_once_is_refused_the_second_time()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        var key = await EnableTwoFactorAsync(editor);
        var code = Totp(key, 1);

        var first = await SignInWithCodeAsync(ManagerClient.Anonymous(_site), editor.Email, code);
        var replayer = ManagerClient.Anonymous(_site);
        var replay = await SignInWithCodeAsync(replayer, editor.Email, code);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("验证码不正确", (await SiteFactory.ParseAsync(replay)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await replayer.Http.GetAsync("/manager")).StatusCode);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_a_code_or_the_password()
    {
        var editor = await ManagerClient.AsRoleAsync(_site, EditorRoles.Editor);
        await EnableTwoFactorAsync(editor);

        var bare = await editor.PostFormAsync("/manager/account", "main form[action*='Disable']", []);
        var wrong = await editor.PostFormAsync("/manager/account", "main form[action*='Disable']", new() { ["password"] = "Not-The-Password-1!" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("两步验证仍然开启", (await SiteFactory.ParseAsync(wrong)).QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
        Assert.True(await TwoFactorEnabledAsync(editor.Email));

        var withPassword = await editor.PostFormAsync("/manager/account", "main form[action*='Disable']", new() { ["password"] = "Editor-Pa55word-Long!" });
        Assert.Equal(HttpStatusCode.Redirect, withPassword.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(editor.Email));
    }
}
