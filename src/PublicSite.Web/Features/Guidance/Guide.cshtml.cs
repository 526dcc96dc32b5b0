using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Media;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Disclosure;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Guidance;

public sealed class GuideModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta, MediaStore media)
    : ContentPageModel<GuidancePage>(content, types, html, meta)
{
    /// <summary>The downloadable forms with their format and size, so readers on a phone know what they download.</summary>
    public IReadOnlyList<AttachmentLink> Forms { get; private set; } = [];

    protected override Task OnFoundAsync(CancellationToken cancellationToken)
    {
        Forms = Fields.Forms
            .Select(f => new AttachmentLink(f.TitleIn(Language.Culture), "/media/" + f.File,
                Path.GetExtension(f.File).TrimStart('.').ToUpperInvariant(), media.LengthOf(f.File)))
            .ToList();
        return Task.CompletedTask;
    }
}
