using PublicSite.Web.Features.Api;
using PublicSite.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddSite();
builder.Services.AddContentApi(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSite();
app.UseContentApi();
app.MapSite();
app.MapContentApi();
await app.RunAsync();

public partial class Program;
