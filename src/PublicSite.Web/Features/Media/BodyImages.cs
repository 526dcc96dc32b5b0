using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Data;

namespace PublicSite.Web.Features.Media;

/// <summary>
/// Turns the body's library images (<c>&lt;img src="/media/{id}"&gt;</c>, as the sanitiser leaves them) into
/// responsive pictures with their size, so a phone downloads a 480 px copy instead of the camera's original.
/// </summary>
public sealed partial class BodyImages(CmsDbContext db)
{
    public async Task<string> EnhanceAsync(string html, CancellationToken cancellationToken)
    {
        var matches = LibraryImage().Matches(html);
        if (matches.Count == 0)
        {
            return html;
        }
        var ids = matches.Select(m => Uri.UnescapeDataString(WebUtility.HtmlDecode(m.Groups["id"].Value))).Distinct().ToList();
        var images = await db.MediaFiles.AsNoTracking().Where(f => ids.Contains(f.Path)).ToDictionaryAsync(f => f.Path, cancellationToken);
        return LibraryImage().Replace(html, m =>
            images.TryGetValue(Uri.UnescapeDataString(WebUtility.HtmlDecode(m.Groups["id"].Value)), out var image) && image.IsImage
                ? ResponsiveImage.Html(image, WebUtility.HtmlDecode(m.Groups["alt"].Value), ResponsiveImage.ArticleSizes)
                : m.Value);
    }

    [GeneratedRegex("<img src=\"/media/(?<id>[^\"]+)\" alt=\"(?<alt>[^\"]*)\"[^>]*>")]
    private static partial Regex LibraryImage();
}
