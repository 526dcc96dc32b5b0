using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;
using PublicSite.Web.Features.Programmes.Applications;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.BusinessEnquiries;

public static class BusinessEnquiriesServiceCollectionExtensions
{
    /// <summary>
    /// Enquiries from enterprises: own context and migrations in the site's SQLite file. Encryption, mail and the
    /// rate limit are the programme applications' (<see cref="Programmes.ProgrammesServiceCollectionExtensions.AddProgrammes"/> must be added too).
    /// </summary>
    public static IServiceCollection AddBusinessEnquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BusinessEnquiriesOptions>().Bind(configuration.GetSection(BusinessEnquiriesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<BusinessEnquiriesDbContext>((provider, options) => options.UseSqlite(
            $"Data Source={provider.GetRequiredService<ApplicationsStorage>().DatabasePath}", BusinessEnquiriesDatabase.Configure));
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
