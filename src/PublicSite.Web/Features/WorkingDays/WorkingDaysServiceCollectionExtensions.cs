namespace PublicSite.Web.Features.WorkingDays;

public static class WorkingDaysServiceCollectionExtensions
{
    /// <summary>China's official working-day calendar, read once from the yearly files embedded in the assembly.</summary>
    public static IServiceCollection AddWorkingDays(this IServiceCollection services)
    {
        services.AddSingleton(_ => WorkingDayCalendar.FromEmbeddedFiles());
        return services;
    }
}
