namespace PublicSite.Web.Features.Api;

/// <summary>A request parameter the API cannot use; <see cref="ApiResponseFilter"/> answers it with a 400 problem.</summary>
public sealed class ApiParameterException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
