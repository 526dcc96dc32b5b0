using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Data;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.BusinessEnquiries;

public static class BusinessEnquiriesServiceCollectionExtensions
{
    /// <summary>
    /// Enquiries from enterprises: own context and migrations in the site's SQLite file, on the shared personal-data
    /// pieces (encryption, masking, the forms' rate limit, purge) and the site's mail.
    /// </summary>
    public static IServiceCollection AddBusinessEnquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPersonalData(configuration).AddMail(configuration);
        services.AddOptions<BusinessEnquiriesOptions>().Bind(configuration.GetSection(BusinessEnquiriesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSiteDbContext<BusinessEnquiriesDbContext, PostgreSqlBusinessEnquiriesDbContext>(BusinessEnquiriesDbContext.MigrationsHistoryTable);
        services.AddScoped<EnquiryReception>();
        services.AddScoped<EnquiryMail>();
        services.AddScoped<EnquiryHandling>();
        // Editors answer enquiries too (the issue says so); the folder rule also covers any handling page added later.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/BusinessEnquiries/Manager", EditorRoles.CanEdit));
        services.AddPersonalDataPurge<EnquiryPurge>(provider => provider.GetRequiredService<IOptions<BusinessEnquiriesOptions>>().Value.PurgeInterval);
        services.AddScoped<IStartupStep, BusinessEnquiriesMigration>();
        return services;
    }
}
