using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.InformationRequests.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.InformationRequests;

public static class InformationRequestsServiceCollectionExtensions
{
    /// <summary>
    /// Requests for information: their own context in the site's database, submission, handling with reply letters,
    /// mail and purge, on the shared personal-data pieces (encryption, masking, reference counter, status link, purge).
    /// </summary>
    public static IServiceCollection AddInformationRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersonalData(configuration).AddMail(configuration);
        services.AddOptions<InformationRequestsOptions>().Bind(configuration.GetSection(InformationRequestsOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSiteDbContext<InformationRequestsDbContext, PostgreSqlInformationRequestsDbContext>(
            InformationRequestsDbContext.MigrationsHistoryTable, (_, options) => options.AddInterceptors(SecureDeleteInterceptor.Instance));
        services.AddScoped<RequestSubmission>();
        services.AddScoped<RequestMail>();
        services.AddScoped<ReplyLetters>();
        services.AddScoped<RequestHandling>();
        services.AddSingleton<LetterPdf>();
        services.AddScoped<AnnualReportCounter>();
        services.AddScoped<AnnualReportDraft>();
        services.AddPersonalDataPurge<RequestPurge>(provider => provider.GetRequiredService<IOptions<InformationRequestsOptions>>().Value.PurgeInterval);
        services.AddScoped<IStartupStep, InformationRequestsMigration>();
        // Requests hold personal data: only publishers and administrators handle them. The folder rule also covers
        // any handling page added later; each page says so again with its own attribute.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/InformationRequests/Manager", EditorRoles.CanPublish));
        return services;
    }
}
