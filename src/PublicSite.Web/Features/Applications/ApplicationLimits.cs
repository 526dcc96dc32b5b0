namespace PublicSite.Web.Features.Applications;

/// <summary>Maximum lengths of what an applicant types, shared by the form's checks and the database columns.</summary>
public static class ApplicationLimits
{
    public const int Name = 100;
    public const int Email = 254;
    public const int ShortText = 200;
    public const int Statement = 2000;
    public const int Note = 1000;
}
