using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Manager.Accounts;

namespace PublicSite.Web.Features.Redirects.Manager;

/// <summary>
/// 重定向 / Redireccionamentos: the automatic redirects of changed slugs and the old addresses editors map to pages.
/// A redirect changes what a public address shows, so only those who may publish manage them.
/// </summary>
[Authorize(Policy = EditorRoles.CanPublish)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class IndexModel(RedirectBook book, EditorContext editor) : PageModel
{
    public const int MaxUploadBytes = 1024 * 1024;

    [BindProperty]
    public string? From { get; set; }

    [BindProperty]
    public string? To { get; set; }

    public RedirectProblem? AddProblem { get; private set; }

    public string? Message { get; private set; }

    public IReadOnlyList<RedirectOutcome> Imported { get; private set; } = [];

    public IReadOnlyList<ListedRedirect> Manual { get; private set; } = [];

    public IReadOnlyList<ListedRedirect> Automatic { get; private set; } = [];

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Message = done is "Added" or "Removed" ? "Done_" + done : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var outcome = await book.AddAsync(From, To, Who, cancellationToken);
        if (outcome.Problem is { } problem)
        {
            AddProblem = problem;
            await LoadAsync(cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }
        return Redirect("/manager/redirects?done=Added");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxUploadBytes)
        {
            Message = "ImportNoFile";
            await LoadAsync(cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }
        await using var stream = file.OpenReadStream();
        Imported = await book.ImportAsync(stream, Who, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(long id, CancellationToken cancellationToken) =>
        await book.RemoveAsync(id, Who, cancellationToken)
            ? Redirect("/manager/redirects?done=Removed")
            : NotFound();

    private RedirectEditor Who => new(editor.Name, editor.IpAddress, Request.Host.Host);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Manual = await book.ManualAsync(cancellationToken);
        Automatic = await book.AutomaticAsync(cancellationToken);
    }
}
