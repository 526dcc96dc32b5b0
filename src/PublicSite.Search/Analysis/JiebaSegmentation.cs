using JiebaNet.Segmenter;

namespace PublicSite.Search.Analysis;

/// <summary>
/// jieba.NET set up once per process: its dictionaries are read from <c>jieba/</c> beside the app (copied there by
/// the build) and the site's own names (苏澳合作园区, 港澳同胞, 西太湖…) are added from the user dictionary.
/// </summary>
internal static class JiebaSegmentation
{
    private static readonly Lazy<string> Folder = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string UserDictionaryPath => Path.Combine(AppContext.BaseDirectory, "jieba", "user-dictionary.txt");

    /// <summary>A segmenter for one thread; the dictionary behind it is shared and read-only once loaded.</summary>
    public static JiebaSegmenter NewSegmenter()
    {
        _ = Folder.Value;
        return new JiebaSegmenter();
    }

    /// <summary>
    /// The words of a query in jieba's search mode with the sub-words dropped (港澳同胞, not also 港澳 and 同胞),
    /// so that each word can be required on its own.
    /// </summary>
    public static IReadOnlyList<string> Words(JiebaSegmenter segmenter, string text)
    {
        var tokens = segmenter.Tokenize(text, TokenizerMode.Search, hmm: false)
            .Where(t => t.Word.Any(char.IsLetterOrDigit))
            .ToList();
        return tokens
            .Where(t => !tokens.Any(o => o != t && o.StartIndex <= t.StartIndex && o.EndIndex >= t.EndIndex
                && o.EndIndex - o.StartIndex > t.EndIndex - t.StartIndex))
            .Select(t => t.Word)
            .ToList();
    }

    private static string Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "jieba");
        if (!File.Exists(Path.Combine(folder, "dict.txt")))
        {
            throw new FileNotFoundException($"jieba.NET's dictionary is missing from {folder}; the build copies it there.");
        }
        ConfigManager.ConfigFileBaseDir = folder;
        new JiebaSegmenter().LoadUserDict(UserDictionaryPath);
        return folder;
    }
}
