namespace PublicSite.Cms.Media;

/// <summary>A file in the media library: where it is stored, what it really is, and its alt text per language.</summary>
public sealed class MediaFile
{
    /// <summary>Path in the media store, also its stable URL under <c>/media/</c>.</summary>
    public required string Path { get; set; }

    public required string Folder { get; set; }

    public required string OriginalName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string Sha256 { get; set; }

    public string? AltZh { get; set; }

    public string? AltPt { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAt { get; set; }

    /// <summary>Pixel size of an image (after its EXIF orientation), for <c>width</c>/<c>height</c> and the widths offered in <c>srcset</c>.</summary>
    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>
    /// The point of a lead image that must stay in view when a list shows it cropped (0–1 from the left and the
    /// top); null is the centre.
    /// </summary>
    public double? FocalX { get; set; }

    public double? FocalY { get; set; }

    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
