using PublicSite.Web.Features.Search;
using PublicSite.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddSite();
builder.Services.AddSearch(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
if (await ReindexCommand.TryRunAsync(app, args))
{
    return;
}
app.UseSite();
app.MapSite();
app.MapSearchEndpoints();
await app.RunAsync();

public partial class Program;
