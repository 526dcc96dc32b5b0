using PublicSite.Web.Features.Disclosure;
using PublicSite.Web.Features.Programmes;
using PublicSite.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddSite();
builder.Services.AddDisclosure();
builder.Services.AddProgrammes(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSite();
app.MapSite();
await app.RunAsync();

public partial class Program;
