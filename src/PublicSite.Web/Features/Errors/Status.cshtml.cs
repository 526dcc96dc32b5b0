using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;
using PublicSite.Web.Features.Shared;
using PublicSite.Web.Site;

namespace PublicSite.Web.Features.Errors;

/// <summary>
/// The page for every error status, in the language of the URL that failed (see <see cref="PathLanguage"/>),
/// with no stack trace whatever the environment.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(PageMeta meta) : PageModel
{
    public int Code { get; private set; }

    public SiteLanguage Language { get; private set; } = SiteLanguage.Chinese;

    public PageMeta Meta => meta;

    public IActionResult OnGet(int code) => Render(code);

    public IActionResult OnPost(int code) => Render(code);

    private PageResult Render(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        Language = PathLanguage.Current;
        meta.Reset(Language);
        meta.NoIndex = true;
        meta.SwitchPath = SiteUrls.Home(Language.Other);
        Response.StatusCode = Code;
        return Page();
    }
}
