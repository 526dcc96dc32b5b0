using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;

namespace PublicSite.Cms.Media;

/// <summary>
/// Every reference an item makes to a file — attachments, fields marked <see cref="MediaReferenceAttribute"/>, and
/// images and <c>/media/</c> links in the body — must name a file of the media library, so no page links a file
/// that is not there (the <c>/media//media/…</c> 404 of issue #18). A field holds the file's id (its store path);
/// the body links it as <c>/media/{id}</c>. Nothing is rewritten: a refused value stays in the form as typed.
/// </summary>
public sealed class MediaReferenceCheck(CmsDbContext db)
{
    public const string BodyMember = "Body";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public async Task CheckAsync(object fields, string? body, List<ValidationResult> errors, CancellationToken cancellationToken)
    {
        var wanted = new List<(string Member, string Reference, MediaKind Kind, bool FromBody)>();
        foreach (var property in fields.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetValue(fields) is IEnumerable<AttachmentRef> attachments)
            {
                wanted.AddRange(attachments.Select(a => (property.Name, a.File, MediaKind.File, false)));
            }
            else if (property.GetCustomAttribute<MediaReferenceAttribute>() is { } marked && property.GetValue(fields) is string { Length: > 0 } value)
            {
                wanted.Add((property.Name, value, marked.Kind, false));
            }
        }
        wanted.AddRange(BodyReferences(body).Select(r => (BodyMember, r.Url, r.IsImage ? MediaKind.Image : MediaKind.File, true)));
        if (wanted.Count == 0)
        {
            return;
        }
        var ids = wanted.Select(w => IdOf(w.Reference, w.FromBody)).OfType<string>().Distinct().ToList();
        var known = await db.MediaFiles.Where(f => ids.Contains(f.Path)).Select(f => new { f.Path, f.ContentType })
            .ToDictionaryAsync(f => f.Path, f => f.ContentType.StartsWith("image/", StringComparison.Ordinal), cancellationToken);
        foreach (var group in wanted.GroupBy(w => w.Member))
        {
            if (group.Select(w => Problem(w.Reference, w.Kind, w.FromBody, known)).FirstOrDefault(p => p is not null) is { } problem)
            {
                errors.Add(new(problem, [group.Key]));
            }
        }
    }

    /// <summary>The media id a reference names, or null when it cannot name one (a foreign or typed address).</summary>
    private static string? IdOf(string reference, bool fromBody)
    {
        if (fromBody)
        {
            return reference.StartsWith("/media/", StringComparison.Ordinal) ? Uri.UnescapeDataString(reference["/media/".Length..]) : null;
        }
        return reference;
    }

    private static string? Problem(string reference, MediaKind kind, bool fromBody, Dictionary<string, bool> known)
    {
        var value = reference.Trim();
        if (value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal))
        {
            return ValidationMessages.MediaForeignAddress;
        }
        if (!fromBody && (value.StartsWith('/') || value.StartsWith("media/", StringComparison.Ordinal)))
        {
            return ValidationMessages.MediaAddressPasted;
        }
        if (IdOf(value, fromBody) is not { } id || !known.TryGetValue(id, out var isImage))
        {
            return ValidationMessages.NotInMediaLibrary;
        }
        return kind == MediaKind.Image && !isImage ? ValidationMessages.MediaNotAnImage : null;
    }

    /// <summary>Images of the body (any address: a foreign image is refused) and links into <c>/media/</c>.</summary>
    private static IEnumerable<(string Url, bool IsImage)> BodyReferences(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            yield break;
        }
        foreach (var link in Markdown.Parse(body, Pipeline).Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (link.IsImage || url.StartsWith("/media/", StringComparison.Ordinal))
            {
                yield return (url, link.IsImage);
            }
        }
    }
}
