using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PublicSite.Cms.Auditing;
using PublicSite.Cms.Content;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.Manager.Content;

/// <summary>
/// Create, edit, translate, preview, submit, publish, schedule, withdraw and delete one language of an item.
/// Every action is checked on the server: an editor's request to publish is refused whatever the form says.
/// </summary>
public sealed class EditModel(
    ContentEditor editor, EditorialService workflow, ContentService content, ContentHtml html, AuditTrail audit,
    EditorContext who, ReviewMail mail, DraftAutosave autosave, ContentPicker picker, IOptions<ManagerOptions> options, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Lang { get; set; } = "zh";

    public EditorView View { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Message { get; private set; }

    public string? PreviewHtml { get; private set; }

    public bool CanPublish => who.IsPublisher;

    /// <summary>This editor's autosaved working copy, when it is newer than the saved text (offered for restoring).</summary>
    public ContentRevision? Autosaved { get; private set; }

    public string Label(string key) => editor.Label(key);

    /// <summary>
    /// Title, slug and summary: every type has them, as columns of the variant rather than declared fields. A type whose
    /// address comes from a field (the disclosure's 索引号) has no slug to type: the input would be ignored.
    /// </summary>
    public IReadOnlyList<FormField> TextFields =>
    [
        new("title", Label("TitleLabel"), FormFieldKind.Text, false, true, View.Text.Title, [], []) { Hint = HintOf("title") },
        .. View.Type.SlugField is null
            ? [new FormField("slug", Label("SlugLabel"), FormFieldKind.Text, false, false, View.Text.Slug ?? "", [], []) { Hint = HintOf("slug") }]
            : Array.Empty<FormField>(),
        new("summary", Label("SummaryLabel"), FormFieldKind.TextArea, false, false, View.Text.Summary ?? "", [], []) { Hint = HintOf("summary") },
    ];

    /// <summary>The form in the type's sections (catalogue, dates and validity, body, attachments for a disclosure).</summary>
    public IReadOnlyList<FormSection> Sections => FormSection.Of(View.Type.Key, TextFields, View.Fields);

    /// <summary>An error summary line that names its field: "标题：此项必填" / "Título: Campo obrigatório".</summary>
    public string ErrorLine(string name, string error)
    {
        var field = TextFields.Concat(View.Fields).FirstOrDefault(f => f.Name == name);
        var label = field?.Label ?? name switch
        {
            "body" => Label("BodyLabel"),
            "publishAt" => Label("PublishAt"),
            "expireAt" => Label("ExpireAt"),
            "returnComment" => Label("ReturnComment"),
            _ => null,
        };
        return label is null ? Label(error) : string.Format(CultureInfo.CurrentCulture, Label("ErrorSummaryItem"), label, Label(error));
    }

    private string? HintOf(string name) => Label("Hint_" + name) is var hint && hint != "Hint_" + name ? hint : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Message = Request.Query["done"];
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (View.Variant is { } variant && await autosave.FindAsync(variant.Id, who.Name, cancellationToken) is { } copy
            && copy.CreatedAt > (variant.PendingEditAt ?? variant.EditedAt ?? variant.UpdatedAt))
        {
            if (Request.Query["autosave"] == "restore")
            {
                // Into the form only: the editor reads it and saves (or not); restoring itself writes nothing.
                await KeepTypedAsync(AutosaveSnapshot.Inputs(copy.Snapshot), cancellationToken);
                Message = "AutosaveRestored";
            }
            else
            {
                Autosaved = copy;
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (action is "publish" or "return" or "reject" or "withdraw" or "delete" or "restore" && !who.IsPublisher)
        {
            return Forbid();
        }
        try
        {
            return action switch
            {
                "preview" => await PreviewAsync(cancellationToken),
                "save" or "submit" => await SaveAsync(action == "submit", cancellationToken),
                "publish" => await PublishAsync(cancellationToken),
                "return" => await ReturnAsync(cancellationToken),
                // Never done from this form: a post that skipped the confirmation step is sent to it, and nothing changes.
                "withdraw" or "delete" or "reject" => Redirect(ConfirmModel.PathFor(SavedVariant.ItemId, Lang, action)),
                "restore" when who.IsAdministrator => await DoAsync(AuditActions.Restore, () => content.RestoreAsync(SavedItem.Id, cancellationToken), cancellationToken),
                "discard" => await DoAsync(AuditActions.Save, () => workflow.DiscardPendingAsync(SavedVariant.Id, cancellationToken), cancellationToken),
                _ => BadRequest(),
            };
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
        }
        catch (ContentConcurrencyException)
        {
            Message = "ConcurrentEdit";
        }
        catch (FourEyesException)
        {
            Message = "FourEyes";
        }
        catch (WorkflowException e)
        {
            // The action cannot apply to this item in its state (e.g. withdrawing what was never saved).
            Message = e.Reason;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        await KeepTypedAsync(name => Request.Form[name], cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var language = SiteLanguage.FromCode(Lang) ?? SiteLanguage.Chinese;
        var view = await editor.LoadAsync(Item, Type, language, cancellationToken);
        if (view is null)
        {
            return false;
        }
        View = view;
        foreach (var typeKey in view.Fields.Where(f => f.Link is not null).Select(f => f.Link!.TypeKey).Distinct())
        {
            recent[typeKey] = await picker.SearchAsync(typeKey, null, CultureInfo.CurrentUICulture.Name, cancellationToken);
        }
        return true;
    }

    private readonly Dictionary<string, IReadOnlyList<PickableItem>> recent = new(StringComparer.Ordinal);

    /// <summary>The latest published items a link field offers before anything is searched (the list without JavaScript).</summary>
    public IReadOnlyList<PickableItem> RecentFor(string typeKey) => recent.GetValueOrDefault(typeKey) ?? [];

    /// <summary>The typed value of a field outside the generated form (publish at, expire at), kept after a refused post.</summary>
    public string Typed(string name) => Request.HasFormContentType ? Request.Form[name].ToString() : "";

    /// <summary>Actions on what exists: a new item's form (or a language not yet written) has nothing to withdraw, delete or discard.</summary>
    private ContentVariant SavedVariant => View.Variant ?? throw new WorkflowException("SaveFirst");

    private ContentItem SavedItem => View.Item ?? throw new WorkflowException("SaveFirst");

    private async Task<ContentEdit> ReadEditAsync(CancellationToken cancellationToken)
    {
        var (values, errors) = ContentForm.Read(View.Type, name => Request.Form[name]);
        await ResolveLinksAsync(values, errors, cancellationToken);
        foreach (var (field, error) in errors)
        {
            Errors[field] = error;
        }
        if (errors.Count > 0)
        {
            throw new ContentValidationException([]);
        }
        return new ContentEdit
        {
            ItemId = View.Item?.Id, TypeKey = View.Type.Key, Language = View.Language.Culture,
            Title = Request.Form["f.title"].ToString(), Summary = Request.Form["f.summary"], Body = Request.Form["body"].ToString(),
            Slug = Request.Form["f.slug"].ToString() is { Length: > 0 } slug ? slug : null,
            Fields = ContentFields.Read(View.Type.ClrType, values.ToJsonString(), null),
            ExpectedVersion = int.TryParse(Request.Form["version"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var version) ? version : null,
        };
    }

    /// <summary>
    /// A link field stores the linked item's key; the editor may have typed its 索引号 (or the key, or, where allowed,
    /// a web address). Anything that names no item is refused with a message rather than stored to break the page.
    /// </summary>
    private async Task ResolveLinksAsync(System.Text.Json.Nodes.JsonObject values, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        foreach (var field in View.Fields.Where(f => f.Link is not null))
        {
            if (values[field.Name]?.GetValue<string>() is not { Length: > 0 } typed)
            {
                continue;
            }
            if (field.Link!.AllowsUrl && Uri.TryCreate(typed, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            {
                continue;
            }
            if (await picker.ResolveAsync(field.Link.TypeKey, typed, cancellationToken) is { } key && key != View.Item?.Key)
            {
                values[field.Name] = key;
            }
            else
            {
                errors[field.Name] = field.Link.AllowsUrl ? "LinkedItemOrUrlNotFound" : "LinkedItemNotFound";
            }
        }
    }

    /// <summary>Renders the posted body and gives the form back exactly as typed: a preview saves nothing and loses nothing.</summary>
    private async Task<PageResult> PreviewAsync(CancellationToken cancellationToken)
    {
        PreviewHtml = html.Render(Request.Form["body"]);
        await KeepTypedAsync(name => Request.Form[name], cancellationToken);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(bool submit, CancellationToken cancellationToken)
    {
        var variant = await workflow.SaveDraftAsync(await ReadEditAsync(cancellationToken), who.Name, Request.Form["note"], cancellationToken);
        await audit.RecordAsync(who.Name, AuditActions.Save, $"{View.Type.Key}:{variant.ItemId}:{variant.Language}", variant.Title, who.IpAddress, cancellationToken);
        if (submit)
        {
            await workflow.SubmitAsync(variant.Id, cancellationToken);
            await audit.RecordAsync(who.Name, AuditActions.Submit, $"{View.Type.Key}:{variant.ItemId}:{variant.Language}", variant.Title, who.IpAddress, cancellationToken);
            await mail.SubmittedAsync(variant, who.Name, cancellationToken);
        }
        return Redirect($"/manager/content/edit?item={variant.ItemId}&lang={Lang}&done={(submit ? "Submitted" : "Saved")}");
    }

    private async Task<IActionResult> PublishAsync(CancellationToken cancellationToken)
    {
        var variant = SavedVariant;
        var publishAt = ChinaTime("publishAt");
        var expireAt = ChinaTime("expireAt");
        var author = AuthorOfChange(variant);
        await workflow.PublishAsync(variant.Id, who.Name, publishAt, expireAt, options.Value.AllowSelfApproval, cancellationToken);
        var action = publishAt > time.GetUtcNow().UtcDateTime ? AuditActions.Schedule : AuditActions.Publish;
        await audit.RecordAsync(who.Name, action, $"{View.Type.Key}:{variant.ItemId}:{variant.Language}", variant.Title, who.IpAddress, cancellationToken);
        if (author is not null)
        {
            await mail.PublishedAsync(variant, author, who.Name, cancellationToken);
        }
        return Redirect($"/manager/content/edit?item={variant.ItemId}&lang={Lang}&done={(action == AuditActions.Schedule ? "Scheduled" : "Published")}");
    }

    /// <summary>Back to its author with the publisher's comment (已退回); nothing public changes.</summary>
    private async Task<IActionResult> ReturnAsync(CancellationToken cancellationToken)
    {
        var author = AuthorOfChange(SavedVariant);
        var variant = await workflow.ReturnAsync(SavedVariant.Id, who.Name, Request.Form["returnComment"], cancellationToken);
        await audit.RecordAsync(who.Name, AuditActions.Return, $"{View.Type.Key}:{variant.ItemId}:{variant.Language}", variant.ReturnComment, who.IpAddress, cancellationToken);
        if (author is not null)
        {
            await mail.ReturnedAsync(variant, author, who.Name, cancellationToken);
        }
        return Redirect($"/manager/content/edit?item={variant.ItemId}&lang={Lang}&done=Returned");
    }

    /// <summary>Who wrote the change under review: the pending edit's author for a live page, else the variant's last editor.</summary>
    private static string? AuthorOfChange(ContentVariant variant) => variant.PendingEdit is not null ? variant.PendingEditBy : variant.EditedBy;

    /// <summary>An empty input means "now" (or "never" for expiry); anything else must be a time, or it is a field error.</summary>
    private DateTime? ChinaTime(string name)
    {
        var text = Request.Form[name].ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return ContentForm.ParseChinaTime(text) ?? throw ContentValidationException.For(name, "DateTimeInvalid");
    }

    private async Task<IActionResult> DoAsync(string action, Func<Task> run, CancellationToken cancellationToken)
    {
        await run();
        await audit.RecordAsync(who.Name, action, $"{View.Type.Key}:{View.Item?.Id}:{View.Language.Culture}", View.Variant?.Title, who.IpAddress, cancellationToken);
        return Redirect($"/manager/content/edit?item={View.Item?.Id}&lang={Lang}&done=Done");
    }

    /// <summary>After a refused save (or from an autosave), the form shows exactly what the editor typed.</summary>
    private async Task KeepTypedAsync(Func<string, Microsoft.Extensions.Primitives.StringValues> typed, CancellationToken cancellationToken)
    {
        var (values, _) = ContentForm.Read(View.Type, typed);
        var fields = (await editor.FieldsAsync(View.Type, values, cancellationToken))
            .Select(f => f.Kind is FormFieldKind.Date or FormFieldKind.Number or FormFieldKind.DateTime ? f with { Value = typed(f.InputName).ToString() } : f)
            .ToList();
        View = View with
        {
            Fields = fields,
            Text = new EditorText(typed("f.title").ToString(), typed("f.summary"), typed("body").ToString(), typed("f.slug")),
        };
    }
}
