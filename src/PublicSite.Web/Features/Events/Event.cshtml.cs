using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Events;

/// <summary>
/// An event's public page. The registration form is a page of its own (<c>…/register</c>): a form carries an
/// antiforgery token and so cannot be cached, while this page is served from the page cache to every reader.
/// </summary>
public sealed class EventModel(PublishedContent content, ContentTypeRegistry types, ContentHtml html, PageMeta meta)
    : ContentPageModel<BusinessEvent>(content, types, html, meta)
{
    public DateTimeOffset Now => new(Published.UtcNow, TimeSpan.Zero);
}
