namespace PublicSite.Cms.Tests;

internal static class TextEdits
{
    /// <summary>An ordinal find-and-replace, for making a broken copy of a valid file.</summary>
    public static string With(this string text, string find, string replace) => text.Replace(find, replace, StringComparison.Ordinal);
}
