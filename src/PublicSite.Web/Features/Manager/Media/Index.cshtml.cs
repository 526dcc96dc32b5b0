using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Data;
using PublicSite.Cms.Media;

namespace PublicSite.Web.Features.Manager.Media;

/// <summary>The media library: upload (checked by content and size), alt text per language, folders, safe deletion.</summary>
public sealed class IndexModel(CmsDbContext db, MediaLibrary library, AuditTrail audit, EditorContext who, IOptions<ManagerOptions> options)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Folder { get; set; }

    public IReadOnlyList<MediaFile> Files { get; private set; } = [];

    public IReadOnlyList<string> Folders { get; private set; } = [];

    public string? Message { get; private set; }

    public bool IsError { get; private set; }

    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = Request.Query["done"];
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, [FromForm] string? folder, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return await FailAsync("FileEmpty", cancellationToken);
        }
        if (file.Length > MaxBytes)
        {
            return await FailAsync("FileTooLarge", cancellationToken);
        }
        try
        {
            await using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            var stored = await library.UploadAsync(content, file.FileName, folder ?? "files", MaxBytes, who.Name, cancellationToken);
            await audit.RecordAsync(who.Name, AuditActions.Upload, stored.Path, file.FileName, who.IpAddress, cancellationToken);
            return Redirect($"/manager/media?folder={Uri.EscapeDataString(stored.Folder)}&done=Uploaded");
        }
        catch (MediaRejectedException e)
        {
            return await FailAsync(e.Reason, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAltAsync(
        [FromForm] string path, [FromForm] string? altZh, [FromForm] string? altPt, [FromForm] double? focalX, [FromForm] double? focalY, CancellationToken cancellationToken)
    {
        var file = await db.MediaFiles.FindAsync([path], cancellationToken);
        if (file is null)
        {
            return NotFound();
        }
        file.AltZh = altZh?.Trim();
        file.AltPt = altPt?.Trim();
        // Percent from the left and the top, as typed; out of range is clamped rather than refused.
        file.FocalX = focalX is { } x ? Math.Clamp(x, 0, 100) / 100 : null;
        file.FocalY = focalY is { } y ? Math.Clamp(y, 0, 100) / 100 : null;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/manager/media?folder={Uri.EscapeDataString(file.Folder)}&done=Saved");
    }

    public async Task<IActionResult> OnPostDeleteAsync([FromForm] string path, CancellationToken cancellationToken)
    {
        try
        {
            await library.DeleteAsync(path, cancellationToken);
            await audit.RecordAsync(who.Name, AuditActions.DeleteFile, path, null, who.IpAddress, cancellationToken);
            return Redirect("/manager/media?done=Done");
        }
        catch (MediaRejectedException e)
        {
            return await FailAsync(e.Reason, cancellationToken);
        }
    }

    private async Task<IActionResult> FailAsync(string reason, CancellationToken cancellationToken)
    {
        Message = reason;
        IsError = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Folders = await db.MediaFiles.Select(f => f.Folder).Distinct().OrderBy(f => f).ToListAsync(cancellationToken);
        var query = db.MediaFiles.AsNoTracking();
        if (!string.IsNullOrEmpty(Folder))
        {
            query = query.Where(f => f.Folder == Folder);
        }
        Files = await query.OrderByDescending(f => f.UploadedAt).Take(200).ToListAsync(cancellationToken);
    }
}
