namespace PublicSite.Web.Features.Redirects;

public static class RedirectsServiceCollectionExtensions
{
    /// <summary>Old addresses mapped to pages by editors, and the screen that manages them.</summary>
    public static IServiceCollection AddRedirects(this IServiceCollection services) => services.AddScoped<RedirectBook>();

    /// <summary>After routing: an address no endpoint matched may be an old one mapped to a page.</summary>
    public static IApplicationBuilder UseOldAddressRedirects(this IApplicationBuilder app) => app.UseMiddleware<OldAddressRedirects>();
}
