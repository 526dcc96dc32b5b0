using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>
/// Migrates the accounts tables, creates the roles and, on an empty user table, the first administrator: from
/// <c>Site:AdminEmail</c> / <c>Site:AdminPassword</c>, or with a one-time random password printed once. There are
/// no default credentials.
/// </summary>
internal sealed class FirstAdministrator(IConfiguration configuration, ILogger<FirstAdministrator> logger) : IStartupStep
{
    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<AccountsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        // Nodes starting at once on a new database take turns: otherwise both create the roles (one fails on the
        // unique name and stops) and both may find no user and create a first administrator each.
        await using var transaction = await db.Database.BeginSerialisedWriteAsync("accounts-first-start", cancellationToken);
        await CreateRolesAndAdministratorAsync(services, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CreateRolesAndAdministratorAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in EditorRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        var users = services.GetRequiredService<UserManager<EditorUser>>();
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        var email = configuration["Site:AdminEmail"] is { Length: > 0 } configured ? configured : "admin@localhost";
        var password = configuration["Site:AdminPassword"];
        var generated = string.IsNullOrEmpty(password);
        password = generated ? OneTimePassword() : password;
        var admin = new EditorUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "The first administrator could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(admin, EditorRoles.Administrator);
        if (generated)
        {
            // Printed once, at the only start that creates it; it is stored nowhere in clear.
            logger.LogWarning("First administrator {Email} created with the one-time password {Password} — sign in at /manager and change it.", email, password);
        }
        else
        {
            logger.LogInformation("First administrator {Email} created from configuration.", email);
        }
    }

    private static string OneTimePassword()
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 20).Select(_ => letters[RandomNumberGenerator.GetInt32(letters.Length)]).ToArray();
        // Meets every password rule whatever the random draw.
        return new string(chars) + "-Aa9";
    }
}
