using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Cms.Content;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// Published items to link to, by title, 索引号 or key: JSON for the link fields' search as the editor types
/// (<c>?handler=json</c>), and a plain search page for an editor without JavaScript. Signed-in editors only, as every
/// manager page.
/// </summary>
public sealed class PickModel(ContentPicker picker, ContentTypeRegistry types) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<PickableItem> Results { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (types.Find(Type) is null)
        {
            return NotFound();
        }
        Results = await picker.SearchAsync(Type!, Q, CultureInfo.CurrentUICulture.Name, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken cancellationToken)
    {
        if (types.Find(Type) is null)
        {
            return NotFound();
        }
        return new JsonResult(await picker.SearchAsync(Type!, Q, CultureInfo.CurrentUICulture.Name, cancellationToken));
    }
}
