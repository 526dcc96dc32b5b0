namespace PublicSite.Web.Features.Disclosure;

public static class DisclosureServiceCollectionExtensions
{
    public static IServiceCollection AddDisclosure(this IServiceCollection services)
    {
        services.AddOptions<DisclosureOptions>().BindConfiguration(DisclosureOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ViewCounter>();
        services.AddHostedService<ViewCountFlusher>();
        services.AddSingleton<QrCodes>();
        return services;
    }
}
