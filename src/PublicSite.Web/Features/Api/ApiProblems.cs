using Microsoft.AspNetCore.Http.HttpResults;

namespace PublicSite.Web.Features.Api;

/// <summary>RFC 9457 problem details with titles a consumer's developer understands without reading our code.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult BadParameter(string parameter, string detail) => TypedResults.Problem(
        title: $"The parameter '{parameter}' is not valid",
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(
        title: "No published content at this address",
        detail: detail,
        statusCode: StatusCodes.Status404NotFound,
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    public static ProblemHttpResult Failed() => TypedResults.Problem(
        title: "The API could not answer",
        detail: "Something went wrong on the server; the failure is logged. Try again later.",
        statusCode: StatusCodes.Status500InternalServerError,
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1");

    public static ProblemHttpResult TooManyRequests(TimeSpan? retryAfter) => TypedResults.Problem(
        title: "Too many requests",
        detail: retryAfter is { } wait
            ? $"This client has made too many requests; try again in {Math.Ceiling(wait.TotalSeconds)} seconds."
            : "This client has made too many requests; try again later.",
        statusCode: StatusCodes.Status429TooManyRequests,
        type: "https://www.rfc-editor.org/rfc/rfc6585#section-4");
}
