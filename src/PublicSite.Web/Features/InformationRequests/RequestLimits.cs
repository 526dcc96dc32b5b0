namespace PublicSite.Web.Features.InformationRequests;

public static class RequestLimits
{
    public const int Name = 100;
    public const int Address = 200;
    public const int Email = 254;
    public const int Description = 4000;
    public const int DocumentNumber = 100;
    public const int Note = 8000;
}
