using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Media;

namespace PublicSite.Web.Features.Manager.Media;

/// <summary>
/// The media picker's server side: a browsable, searchable page of the library (thumbnails, folders) and, for
/// media-picker.js, the same as JSON (<c>?handler=List</c>) and upload in place (<c>?handler=Upload</c>, answered
/// with the stored file). Upload runs the library's checks (content sniffing, size) as the media page does.
/// </summary>
public sealed class PickModel(MediaChoices choices, MediaLibrary library, AuditTrail audit, EditorContext who, IOptions<ManagerOptions> options)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Folder { get; set; }

    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public IReadOnlyList<string> Folders { get; private set; } = [];

    private MediaKind MediaKind => Kind == "image" ? MediaKind.Image : MediaKind.File;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Files = await choices.SearchAsync(MediaKind, Q, Folder, cancellationToken);
        Folders = await choices.FoldersAsync(cancellationToken);
    }

    public async Task<JsonResult> OnGetListAsync(CancellationToken cancellationToken) => new(new
    {
        files = (await choices.SearchAsync(MediaKind, Q, Folder, cancellationToken)).Select(MediaChoices.ToJson),
        folders = await choices.FoldersAsync(cancellationToken),
    });

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, [FromForm] string? folder, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > options.Value.MaxUploadBytes)
        {
            return Refused(file is null || file.Length == 0 ? "FileEmpty" : "FileTooLarge");
        }
        try
        {
            await using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var stored = await library.UploadAsync(content, file.FileName, folder ?? "files", options.Value.MaxUploadBytes, who.Name, cancellationToken);
            await audit.RecordAsync(who.Name, AuditActions.Upload, stored.Path, file.FileName, who.IpAddress, cancellationToken);
            if (MediaKind == MediaKind.Image && !stored.IsImage)
            {
                return Refused("MediaNotAnImage");
            }
            return new JsonResult(MediaChoices.ToJson(stored));
        }
        catch (MediaRejectedException e)
        {
            return Refused(e.Reason);
        }
    }

    private JsonResult Refused(string reason)
    {
        var text = HttpContext.RequestServices.GetRequiredService<Content.ContentEditor>().Label(reason);
        return new JsonResult(new { error = string.Format(System.Globalization.CultureInfo.CurrentCulture, text, options.Value.MaxUploadBytes / 1024 / 1024) }) { StatusCode = StatusCodes.Status400BadRequest };
    }
}
