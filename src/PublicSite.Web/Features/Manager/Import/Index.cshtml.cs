using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Import;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Manager.Content;

namespace PublicSite.Web.Features.Manager.Import;

/// <summary>
/// Import of a Word notice in two steps: the upload is read and shown for review (original paragraphs beside what
/// each became, catalogue fields to confirm), then saved as a draft through the normal workflow. A refused file
/// answers 422 and leaves nothing behind.
/// </summary>
public sealed class IndexModel(
    NoticeImport import, NoticeStaging staging, ContentEditor editor, ContentTypeRegistry types, CmsDbContext db,
    AuditTrail audit, EditorContext who, IOptions<ManagerOptions> options) : PageModel
{
    /// <summary>The catalogue fields the review screen asks for; the rest are set in the editor afterwards.</summary>
    public static readonly string[] ReviewedFields =
        ["documentNumber", "issuingBody", "category", "subject", "genre", "disclosureMethod", "dateCreated", "publicationDate"];

    public string? Message { get; private set; }

    public object[] MessageArguments { get; private set; } = [];

    public ImportedNotice? Notice { get; private set; }

    public string? Token { get; private set; }

    public string Lang { get; private set; } = "zh";

    public Guid? Item { get; private set; }

    public string NoticeTitle { get; private set; } = "";

    public IReadOnlyList<FormField> Fields { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool IssuingBodyFlagged { get; private set; }

    public IReadOnlyList<(Guid Id, string Title)> Documents { get; private set; } = [];

    public long MaxMegabytes => options.Value.MaxUploadBytes / 1024 / 1024;

    public string Label(string key) => editor.Label(key);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadDocumentsAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, [FromForm] string? lang, [FromForm] Guid? item, CancellationToken cancellationToken)
    {
        Lang = lang == "pt" ? "pt" : "zh";
        Item = Lang == "pt" ? item : null;
        if (file is null || file.Length == 0)
        {
            return await FailAsync("DocxEmpty", StatusCodes.Status400BadRequest, cancellationToken);
        }
        if (file.Length > options.Value.MaxUploadBytes)
        {
            return await FailAsync("DocxTooLarge", StatusCodes.Status413PayloadTooLarge, cancellationToken, MaxMegabytes);
        }
        if (Lang == "pt" && (Item is null || !await db.Items.AnyAsync(i => i.Id == Item && i.TypeKey == DisclosureKey && i.DeletedAt == null, cancellationToken)))
        {
            return await FailAsync("ChooseDocument", StatusCodes.Status400BadRequest, cancellationToken);
        }
        await using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        ImportedNotice notice;
        try
        {
            content.Position = 0;
            notice = NoticeReader.Read(content, file.FileName);
        }
        catch (NoticeRejectedException e)
        {
            return await FailAsync(e.Reason, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }
        Token = await staging.SaveAsync(content.ToArray(), Path.GetFileName(file.FileName), who.Name, cancellationToken);
        var suggested = await import.SuggestAsync(notice, cancellationToken);
        IssuingBodyFlagged = Lang == "zh" && suggested.IssuingBody.Length == 0;
        await ShowReviewAsync(notice, notice.Title, ContentFields.Parse(ContentFields.Write(Type, suggested).Shared), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm] string? token, [FromForm] string? lang, [FromForm] Guid? item, CancellationToken cancellationToken)
    {
        Lang = lang == "pt" ? "pt" : "zh";
        Item = Lang == "pt" ? item : null;
        var staged = await staging.LoadAsync(token, who.Name, cancellationToken);
        if (staged is null)
        {
            return await FailAsync("ImportExpired", StatusCodes.Status400BadRequest, cancellationToken);
        }
        Token = token;
        var notice = NoticeReader.Read(new MemoryStream(staged.Content), staged.FileName);
        var title = Request.Form["f.title"].ToString();
        var (values, errors) = ContentForm.Read(Type, name => Request.Form[name]);
        try
        {
            foreach (var (field, error) in errors)
            {
                Errors[field] = error;
            }
            if (errors.Count > 0)
            {
                throw new ContentValidationException([]);
            }
            var variant = Lang == "pt"
                ? await import.SaveTranslationAsync(notice, Item ?? Guid.Empty, title, staged.FileName, who.Name, cancellationToken)
                : await import.SaveDraftAsync(notice, title, (DisclosedDocument)ContentFields.Read(typeof(DisclosedDocument), values.ToJsonString(), null), staged.FileName, who.Name, cancellationToken);
            await audit.RecordAsync(who.Name, AuditActions.Save, $"{DisclosureKey}:{variant.ItemId}:{variant.Language}", $"{variant.Title} ← {staged.FileName}", who.IpAddress, cancellationToken);
            staging.Delete(token!);
            return Redirect($"/manager/content/edit?item={variant.ItemId}&lang={Lang}&done=Saved");
        }
        catch (ContentValidationException e)
        {
            foreach (var error in e.Errors)
            {
                foreach (var member in error.MemberNames.DefaultIfEmpty(""))
                {
                    Errors[JsonNamingPolicy.CamelCase.ConvertName(member)] = error.ErrorMessage ?? "Invalid";
                }
            }
            Message = "FixErrors";
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await ShowReviewAsync(notice, title, values, cancellationToken);
            return Page();
        }
        catch (KeyNotFoundException)
        {
            return await FailAsync("ChooseDocument", StatusCodes.Status400BadRequest, cancellationToken);
        }
    }

    private string DisclosureKey => Type.Key;

    private ContentTypeDescriptor Type => types.Get<DisclosedDocument>();

    private async Task ShowReviewAsync(ImportedNotice notice, string title, System.Text.Json.Nodes.JsonObject values, CancellationToken cancellationToken)
    {
        Notice = notice;
        NoticeTitle = title;
        var fields = await editor.FieldsAsync(Type, values, cancellationToken);
        Fields = ReviewedFields.Select(name => fields.Single(f => f.Name == name))
            .Select(f => f.Kind == FormFieldKind.Date && Request.Form.ContainsKey(f.InputName) ? f with { Value = Request.Form[f.InputName].ToString() } : f)
            .ToList();
        await LoadDocumentsAsync(cancellationToken);
    }

    private async Task<IActionResult> FailAsync(string message, int status, CancellationToken cancellationToken, params object[] arguments)
    {
        Message = message;
        MessageArguments = arguments;
        Response.StatusCode = status;
        await LoadDocumentsAsync(cancellationToken);
        return Page();
    }

    /// <summary>Disclosed documents a Portuguese text may translate: by their Chinese title, newest first.</summary>
    private async Task LoadDocumentsAsync(CancellationToken cancellationToken)
    {
        var chinese = SiteLanguage.Chinese.Culture;
        Documents = (await db.Variants.AsNoTracking()
            .Where(v => v.TypeKey == DisclosureKey && v.Language == chinese && v.Item.DeletedAt == null)
            .OrderByDescending(v => v.Item.ListDate).ThenBy(v => v.Title)
            .Select(v => new { v.ItemId, v.Title }).Take(500).ToListAsync(cancellationToken))
            .Select(v => (v.ItemId, v.Title)).ToList();
    }
}
