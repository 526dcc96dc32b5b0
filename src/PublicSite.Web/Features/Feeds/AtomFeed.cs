using System.Globalization;
using System.Xml.Linq;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Reading;
using PublicSite.Web.Features.Shared;

namespace PublicSite.Web.Features.Feeds;

/// <summary>Writes an Atom 1.0 feed (RFC 4287) of one section in one language, newest publication first.</summary>
public sealed class AtomFeed(PublishedContent content, ContentHtml html)
{
    public const string ContentType = "application/atom+xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task<(byte[] Body, DateTimeOffset Updated)> WriteAsync(
        ContentTypeDescriptor type, SiteLanguage language, string baseUrl, string title, string author, int count,
        CancellationToken cancellationToken)
    {
        var (variants, _) = await content.NewestAsync(new NewestQuery(type, language, Take: count), cancellationToken);

        // Tags carry their label in the feed's language beside the key (RFC 4287 category label), as pages show labels.
        var tags = type.ClrType == typeof(NewsArticle)
            ? (await content.TermsAsync(null, cancellationToken)).Where(t => t.Taxonomy == Cms.Taxonomy.Taxonomies.Tags).ToDictionary(t => t.Key, t => t.NameIn(language.Culture))
            : [];
        var entries = variants.Select(v => Entry(v, type, language, baseUrl, tags)).ToList();
        // An empty feed still needs <updated>; the Unix epoch keeps its ETag stable until something is published.
        var updated = variants.Count == 0 ? DateTimeOffset.UnixEpoch : variants.Max(Updated);
        var section = baseUrl + SiteUrls.Section(language, type.Section);
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", language.Culture),
            new XElement(Atom + "id", section + "/feed.xml"),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Rfc3339(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", author), new XElement(Atom + "uri", baseUrl + SiteUrls.Home(language))),
            Link("self", ContentType, section + "/feed.xml"),
            Link("alternate", "text/html", section),
            new XElement(Atom + "generator", "PublicSite"),
            entries);
        return (XmlBody.From(new XDocument(feed)), updated);
    }

    private XElement Entry(ContentVariant variant, ContentTypeDescriptor type, SiteLanguage language, string baseUrl, Dictionary<string, string> tags)
    {
        var entry = new XElement(Atom + "entry",
            // The variant id, not the URL: an Atom id must survive a change of slug.
            new XElement(Atom + "id", $"urn:uuid:{variant.Id}"),
            new XElement(Atom + "title", variant.Title),
            Link("alternate", "text/html", baseUrl + SiteUrls.Item(language, type.Section, variant.Slug)),
            new XElement(Atom + "published", Rfc3339(new DateTimeOffset(variant.PublishAt!.Value, TimeSpan.Zero))),
            new XElement(Atom + "updated", Rfc3339(Updated(variant))));
        if (!string.IsNullOrWhiteSpace(variant.Summary))
        {
            entry.Add(new XElement(Atom + "summary", variant.Summary));
        }
        entry.Add(new XElement(Atom + "content", new XAttribute("type", "html"), html.Render(variant.Body)));
        if (type.ClrType == typeof(NewsArticle))
        {
            entry.Add(ContentFields.Read<NewsArticle>(variant.Item.SharedFields, null).Tags
                .Select(tag => new XElement(Atom + "category", new XAttribute("term", tag), tags.TryGetValue(tag, out var label) ? new XAttribute("label", label) : null)));
        }
        return entry;
    }

    private static DateTimeOffset Updated(ContentVariant variant) =>
        new(new[] { variant.UpdatedAt, variant.Item.UpdatedAt, variant.PublishAt!.Value }.Max(), TimeSpan.Zero);

    private static XElement Link(string rel, string mediaType, string href) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", mediaType), new XAttribute("href", href));

    private static string Rfc3339(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
