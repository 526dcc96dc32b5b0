using PublicSite.Web.Site;

var builder = WebApplication.CreateBuilder(args);
builder.AddSite();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSite();
app.MapSite();
await app.RunAsync();

public partial class Program;
