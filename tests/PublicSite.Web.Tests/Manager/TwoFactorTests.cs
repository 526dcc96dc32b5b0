using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Tests.Manager;

public sealed class TwoFactorTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public TwoFactorTests(SiteFactory site) => _site = site;

    /// <summary>RFC 6238 as an authenticator app computes it (SHA-1, 30 seconds, 6 digits).</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
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
        var setup = await SiteFactory.ParseAsync(await editor.PostFormAsync("/manager/account", "main form", []));
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
        var second = await next.PostFormAsync(first.Headers.Location!.OriginalString, "main form", new() { ["code"] = Totp(key) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.Http.GetAsync("/manager")).StatusCode);
    }
}
