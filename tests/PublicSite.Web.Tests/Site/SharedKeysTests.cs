using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublicSite.Testing;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Site.Keys;

namespace PublicSite.Web.Tests.Site;

/// <summary>
/// Two web nodes on one database, each with its own data directory, as behind a load balancer: what one node
/// protects (form tokens, sign-in cookies, applicants' data and their lookup hash) the other must read.
/// </summary>
public sealed class SharedKeysTests : IDisposable
{
    private readonly SiteFactory _first = new();
    private readonly string _secondDirectory = SiteFactory.NewDataDirectory();

    private SiteFactory SecondNode(string? dataDirectory = null)
    {
        var node = new SiteFactory(dataDirectory ?? _secondDirectory);
        foreach (var (key, value) in TestDatabase.SharedDatabaseSettings(_first.DataDirectory))
        {
            node.Settings[key] = value;
        }
        return node;
    }

    /// <summary>Sends each request to the node <see cref="Node"/> names, with one cookie jar: a browser behind a balancer.</summary>
    private sealed class Balancer(SiteFactory first, SiteFactory second) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _first = new(first.Server.CreateHandler());
        private readonly HttpMessageInvoker _second = new(second.Server.CreateHandler());

        public int Node { get; set; } = 1;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (Node == 1 ? _first : _second).SendAsync(request, cancellationToken);
    }

    [Fact]
    public async Task A_sign_in_form_from_one_node_is_accepted_by_the_other_and_its_cookie_read_by_the_first()
    {
        const string password = "Editor-Pa55word-Long!";
        var email = $"editor-{Guid.NewGuid():N}@gaob.example.gov.cn";
        await _first.WithServicesAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<EditorUser>>();
            var user = new EditorUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            await users.AddToRoleAsync(user, EditorRoles.Editor);
            return 0;
        });
        using var second = SecondNode();
        var balancer = new Balancer(_first, second);
        using var browser = new HttpClient(new CookieContainerHandler { InnerHandler = balancer }) { BaseAddress = new Uri("http://localhost") };

        var page = await SiteFactory.ParseAsync(await browser.GetAsync("/manager/sign-in"));
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").ToDictionary(i => i.Name!, i => i.Value);
        fields["Email"] = email;
        fields["Password"] = password;
        balancer.Node = 2;
        var signedIn = await browser.PostAsync("/manager/sign-in", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/manager", signedIn.Headers.Location?.OriginalString);
        balancer.Node = 1;
        var manager = await browser.GetAsync("/manager");
        Assert.Equal(HttpStatusCode.OK, manager.StatusCode);
    }

    [Fact]
    public void An_applicants_data_protected_on_one_node_is_read_and_hashed_alike_on_the_other()
    {
        var first = _first.Services.GetRequiredService<PersonalDataProtector>();
        var encrypted = first.Protect("M12345678");
        var hash = first.Hash("M12345678");

        using var second = SecondNode();
        var other = second.Services.GetRequiredService<PersonalDataProtector>();

        Assert.Equal("M12345678", other.Unprotect(encrypted));
        Assert.Equal(hash, other.Hash("M12345678"));
        Assert.False(Directory.Exists(Path.Combine(_secondDirectory, "keys")), "The second node keeps no key files of its own.");
    }

    [Fact]
    public async Task Keys_an_older_site_kept_in_its_data_directory_are_moved_into_the_database_and_still_read()
    {
        // What a site before the move left on disk: a key ring in keys/, and the lookup key protected by it.
        var olderSite = SiteFactory.NewDataDirectory();
        var keys = new DirectoryInfo(Path.Combine(olderSite, "keys"));
        var older = DataProtectionProvider.Create(keys, setup => setup.SetApplicationName("PublicSite"));
        var encrypted = older.CreateProtector("PublicSite.Programmes.Applications.PersonalData.v1").Protect("M12345678");
        var lookupKey = new byte[32];
        lookupKey[0] = 7;
        await File.WriteAllTextAsync(Path.Combine(keys.FullName, ApplicantLookupKey.LegacyFileName),
            Convert.ToBase64String(older.CreateProtector(ApplicantLookupKey.Purpose).Protect(lookupKey)));
        var expectedHash = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(lookupKey, "M12345678"u8));

        try
        {
            using (var upgraded = new SiteFactory(olderSite))
            {
                var protector = upgraded.Services.GetRequiredService<PersonalDataProtector>();
                Assert.Equal("M12345678", protector.Unprotect(encrypted));
                Assert.Equal(expectedHash, protector.Hash("M12345678"));
                await upgraded.WithServicesAsync(async s =>
                {
                    var db = s.GetRequiredService<KeysDbContext>();
                    Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
                    Assert.NotNull(await db.SharedSecrets.FindAsync(ApplicantLookupKey.SecretName));
                    return 0;
                });
            }

            // The folder is no longer needed: a node without it reads the same.
            Directory.Delete(keys.FullName, recursive: true);
            using var restarted = new SiteFactory(olderSite);
            var again = restarted.Services.GetRequiredService<PersonalDataProtector>();
            Assert.Equal("M12345678", again.Unprotect(encrypted));
            Assert.Equal(expectedHash, again.Hash("M12345678"));
        }
        finally
        {
            SiteFactory.DeleteDataDirectory(olderSite);
        }
    }

    public void Dispose()
    {
        _first.Dispose();
        SiteFactory.DeleteDataDirectory(_secondDirectory);
    }
}
