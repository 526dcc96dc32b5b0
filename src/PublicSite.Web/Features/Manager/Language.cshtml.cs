using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Manager;

/// <summary>The manager speaks Chinese by default; an editor may switch it to Portuguese (kept in a cookie).</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/manager");

    public IActionResult OnPost([FromForm] string? to, [FromForm] string? returnUrl)
    {
        Response.Cookies.Append(PathLanguage.ManagerCookie, to == "pt" ? "pt" : "zh", new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = Request.IsHttps, MaxAge = TimeSpan.FromDays(365), IsEssential = true,
        });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/manager");
    }
}
