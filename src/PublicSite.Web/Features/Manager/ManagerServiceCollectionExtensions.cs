using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Manager;

public static class ManagerServiceCollectionExtensions
{
    /// <summary>The manager at <c>/manager</c>: Identity accounts, roles, policies and the pages' authorization.</summary>
    public static WebApplicationBuilder AddManager(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSiteDbContext<AccountsDbContext, PostgreSqlAccountsDbContext>(AccountsDbContext.MigrationsHistoryTable);

        services.AddIdentity<EditorUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Password.RequiredUniqueChars = 6;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.Tokens.AuthenticatorTokenProvider = OneTimeCodeProvider.Name;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeCodeProvider>(OneTimeCodeProvider.Name);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "publicsite-manager";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS (production runs behind TLS with HSTS); plain HTTP only on a developer's machine.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/manager/sign-in";
            options.LogoutPath = "/manager/sign-out";
            options.AccessDeniedPath = "/manager/denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<ManagerOptions>>((options, manager) =>
            options.ValidationInterval = manager.Value.SecurityStampValidationInterval);
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorRoles.CanEdit, policy => policy.RequireRole(EditorRoles.All))
            .AddPolicy(EditorRoles.CanPublish, policy => policy.RequireRole(EditorRoles.Publisher, EditorRoles.Administrator))
            .AddPolicy(EditorRoles.CanAdminister, policy => policy.RequireRole(EditorRoles.Administrator));
        // Every manager page is closed unless a page is opened explicitly (sign-in) — hidden buttons protect nothing.
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Manager", EditorRoles.CanEdit);
            options.Conventions.AuthorizeFolder("/Manager/Users", EditorRoles.CanAdminister);
            options.Conventions.AuthorizeFolder("/Manager/Audit", EditorRoles.CanAdminister);
            options.Conventions.AuthorizeFolder("/Manager/Taxonomies", EditorRoles.CanAdminister);
            options.Conventions.AllowAnonymousToPage("/Manager/Accounts/SignIn");
            options.Conventions.AllowAnonymousToPage("/Manager/Accounts/SignInTwoFactor");
            options.Conventions.AllowAnonymousToPage("/Manager/Accounts/Denied");
        });
        services.AddScoped<IStartupStep, FirstAdministrator>();
        services.AddScoped<EditorContext>();
        services.AddScoped<Content.ContentEditor>();
        services.AddMail(builder.Configuration);
        services.AddScoped<Content.ContentPicker>();
        services.AddScoped<Content.ReviewMail>();
        services.AddScoped<Content.Revisions.RevisionComparison>();
        services.AddScoped<Media.MediaChoices>();
        services.AddScoped<Import.NoticeStaging>();
        services.AddOptions<ManagerOptions>().BindConfiguration(ManagerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SignInDecoy>();
        services.AddScoped<Inbox.ManagerInbox>();
        services.AddScoped<Inbox.BulkPublication>();
        services.AddMemoryCache();
        services.AddSingleton<SignInFailures>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name);
        });
        return builder;
    }
}
