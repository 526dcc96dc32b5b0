using System.Globalization;
using Microsoft.Extensions.Localization;
using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// The state an editor should read: a published variant whose time has not come is 定时发布 with its time, and one
/// past its expiry is 已过期, and a draft a publisher sent back is 已退回 — "已发布" for either told them something the public did not see.
/// </summary>
public static class StatusLabel
{
    public static string Of(IStringLocalizer text, VariantState state, DateTime? publishAt, DateTime? expireAt, DateTime nowUtc, bool returned = false) => state switch
    {
        VariantState.Draft when returned => text["State_Returned"].Value,
        VariantState.Published when publishAt > nowUtc =>
            text["State_Scheduled", SiteClock.ToChina(publishAt.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)].Value,
        VariantState.Published when expireAt <= nowUtc => text["State_Expired"].Value,
        _ => text["State_" + state].Value,
    };
}
