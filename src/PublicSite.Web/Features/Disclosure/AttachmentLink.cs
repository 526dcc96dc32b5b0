namespace PublicSite.Web.Features.Disclosure;

/// <summary>An attachment as the document page lists it: title, stable URL, format and size (null when the file is missing).</summary>
public sealed record AttachmentLink(string Title, string Url, string Format, long? Length);
