using System.Globalization;
using Microsoft.OpenApi;

namespace PublicSite.Web.Features.Api;

/// <summary>
/// The bounds of a whole-number parameter, declared once: the handler reads the value with them and the OpenAPI
/// document describes the parameter with them, so the two cannot drift apart.
/// </summary>
public sealed record ApiRange(int Min, int Max, int Default)
{
    public static readonly ApiRange Page = new(1, 100_000, 1);

    public static readonly ApiRange PageSize = new(1, 100, 20);

    public static readonly ApiRange ChangesLimit = new(1, 500, 100);

    /// <summary>The value, the default when absent; anything else is a 400 problem naming the parameter.</summary>
    public int Read(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Default;
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= Min && number <= Max
            ? number
            : throw new ApiParameterException(name, $"'{value}' is not a whole number from {Min} to {Max}.");
    }

    public OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = Min.ToString(CultureInfo.InvariantCulture),
        Maximum = Max.ToString(CultureInfo.InvariantCulture),
        Default = Default,
    };
}
