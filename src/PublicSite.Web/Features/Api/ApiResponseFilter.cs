using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Features.Traditional;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// Wraps every API handler: a bad parameter becomes a 400 problem, a failure a 500 problem, and a 200 answer is written with a strong
/// ETag, Last-Modified and Cache-Control, or as 304 when the client's copy is current.
/// </summary>
internal sealed class ApiResponseFilter(IOptions<ApiOptions> options, IOptions<JsonOptions> json, TraditionalConverter converter, ILogger<ApiResponseFilter> logger)
    : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        object? result;
        try
        {
            result = await next(context);
        }
        catch (ApiParameterException e)
        {
            return ApiProblems.BadParameter(e.Parameter, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A consumer's program reads JSON: the site's HTML error page would only confuse it.
            logger.LogError(e, "The content API failed on {Path}.", context.HttpContext.Request.Path);
            return ApiProblems.Failed();
        }
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        if (inner is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK } and IValueHttpResult { Value: { } value })
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
            if (ApiTraditional.IsAsked(context.HttpContext) && JsonNode.Parse(body) is { } node)
            {
                // Converted before the ETag is taken, so the tag is of the Traditional bytes.
                ApiTraditional.Convert(node, converter, PublicAddress.BaseUrl(context.HttpContext));
                body = JsonSerializer.SerializeToUtf8Bytes(node, json.Value.SerializerOptions);
            }
            // Answers are public and cacheable, and differ by Origin once CORS applies: shared caches must keep them apart.
            var headers = context.HttpContext.Response.Headers;
            if (!headers.Vary.Any(v => v?.Contains("Origin", StringComparison.OrdinalIgnoreCase) == true))
            {
                headers.Append(HeaderNames.Vary, "Origin");
            }
            var maxAge = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ApiFreshness>()?.MaxAge ?? options.Value.MaxAge;
            return ConditionalGet.Respond(context.HttpContext, body, "application/json; charset=utf-8",
                (value as ILastModified)?.LastModified, maxAge);
        }
        return result;
    }
}
