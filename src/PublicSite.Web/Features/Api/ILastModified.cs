namespace PublicSite.Web.Features.Api;

/// <summary>
/// A response that knows when its content last changed, for the Last-Modified header. Implemented explicitly
/// by the DTOs so that it is not serialized.
/// </summary>
public interface ILastModified
{
    DateTimeOffset? LastModified { get; }
}
