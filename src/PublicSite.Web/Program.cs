using PublicSite.Web.Features.Api;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.BusinessEnquiries;
using PublicSite.Web.Features.Delivery;
using PublicSite.Web.Features.Disclosure;
using PublicSite.Web.Features.Discovery;
using PublicSite.Web.Features.EventRegistrations;
using PublicSite.Web.Features.Feedback;
using PublicSite.Web.Features.Feeds;
using PublicSite.Web.Features.InformationRequests;
using PublicSite.Web.Features.Inspection;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Media;
using PublicSite.Web.Features.Reading;
using PublicSite.Web.Features.Redirects;
using PublicSite.Web.Features.Search;
using PublicSite.Web.Features.Traditional;
using PublicSite.Web.Features.WorkingDays;
using PublicSite.Web.Site;
using PublicSite.Web.Site.Health;
using PublicSite.Web.Site.Telemetry;

var builder = WebApplication.CreateBuilder(args);
builder.AddSite();
builder.Services.AddSiteTelemetry(builder.Configuration);
builder.Services.AddDisclosure();
builder.AddManager();
builder.Services.AddContentApi(builder.Configuration).AddFeeds().AddDiscovery();
builder.Services.AddApplications(builder.Configuration).AddInformationRequests(builder.Configuration);
builder.Services.AddBusinessEnquiries(builder.Configuration).AddEventRegistrations(builder.Configuration);
builder.Services.AddFeedback();
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddTraditional();
builder.Services.AddWorkingDays();
builder.Services.AddSiteInspection(builder.Configuration);
builder.Services.AddRedirects();
builder.Services.AddDelivery(builder.Configuration);
builder.Services.AddMediaVariants();
builder.Services.AddSiteHealth();

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (await ReindexCommand.TryRunAsync(app, args) || await AnnualReportCommand.TryRunAsync(app, args)
    || await CopyToPostgreSqlCommand.TryRunAsync(app, args))
{
    return;
}
app.UseSiteTelemetry();
app.UseSite();
app.UseContentApi();
app.UseDelivery();
app.MapSiteHealth();
app.MapSiteTelemetry();
app.MapSite();
app.MapContentApi().MapFeeds().MapDiscovery();
app.MapReadingEndpoints();
app.MapMediaVariants();
await app.RunAsync();

public partial class Program;
