using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.Feedback.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Feedback;

public static class FeedbackServiceCollectionExtensions
{
    /// <summary>"Is this page useful?": its own context and migrations in the site's SQLite file, its rate limit, and the manager's list.</summary>
    public static IServiceCollection AddFeedback(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSiteDbContext<FeedbackDbContext, PostgreSqlFeedbackDbContext>(FeedbackDbContext.MigrationsHistoryTable);
        services.AddScoped<IStartupStep, FeedbackMigration>();
        services.AddRateLimiter(options => options.AddPolicy<string, FeedbackRateLimitPolicy>(FeedbackRateLimitPolicy.Name));
        // Every manager role reads what readers said; the folder rule covers pages added later.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Feedback/Manager", EditorRoles.CanEdit));
        return services;
    }
}
