using System.ComponentModel;

namespace PublicSite.Web.Features.Api;

[Description("Another published language version of the same item.")]
public sealed record ApiTranslation(
    [property: Description("Culture: zh-CN or pt-PT.")] string Language,
    [property: Description("Absolute URL of the public page in that language.")] string Url,
    [property: Description("Absolute URL of that version in this API.")] string ApiUrl);
