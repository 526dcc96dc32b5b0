namespace PublicSite.Cms.Publishing;

/// <summary>Message keys of the CMS core's own rules; the web host translates them for the editor.</summary>
public static class ValidationMessages
{
    public const string Required = "Required";
    public const string TooLong = "TooLong";
    public const string OutOfRange = "OutOfRange";
    public const string UnknownLanguage = "UnknownLanguage";
    public const string IndexNumberFixed = "IndexNumberFixed";
    public const string IndexNumberShape = "IndexNumberShape";
    public const string IndexNumberTaken = "IndexNumberTaken";
    public const string IndexNumberOrganisation = "IndexNumberOrganisation";
    public const string DocumentNumberShape = "DocumentNumberShape";
    public const string UnknownTerm = "UnknownTerm";
    public const string NotInMediaLibrary = "NotInMediaLibrary";
    public const string MediaAddressPasted = "MediaAddressPasted";
    public const string MediaForeignAddress = "MediaForeignAddress";
    public const string MediaNotAnImage = "MediaNotAnImage";
}
