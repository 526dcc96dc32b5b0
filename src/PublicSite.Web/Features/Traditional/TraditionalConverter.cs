using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using ICU4N.Text;

namespace PublicSite.Web.Features.Traditional;

/// <summary>
/// Simplified → Traditional as Hong Kong and Macau read it: the phrase table first (longest match), ICU's
/// <c>Simplified-Traditional</c> transliterator for the rest; URLs and document numbers (常港发〔2017〕1号) are
/// identifiers and stay as issued. Converted runs are cached: a page's layout and its body repeat across requests.
/// </summary>
public sealed partial class TraditionalConverter(PhraseTable phrases)
{
    private const int CacheLimit = 20_000;

    // Creating a transliterator parses ICU's rules (seconds on a loaded machine), so there is one, built on first
    // use; it is not documented as thread-safe, hence the lock, which the run cache keeps short and rare.
    private static readonly Lazy<Transliterator> Icu = new(() => Transliterator.GetInstance("Simplified-Traditional"));

    private static readonly Lock IcuLock = new();

    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public PhraseTable Phrases => phrases;

    public string Convert(string simplified)
    {
        if (!NeedsConversion(simplified))
        {
            return simplified;
        }
        if (_cache.TryGetValue(simplified, out var cached))
        {
            return cached;
        }
        var converted = ConvertUncached(simplified);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }
        _cache[simplified] = converted;
        return converted;
    }

    private static bool NeedsConversion(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u3400')
            {
                return true;
            }
        }
        return false;
    }

    private string ConvertUncached(string text)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match identifier in Identifiers().Matches(text))
        {
            ConvertPlain(text.AsSpan(position, identifier.Index - position), result);
            result.Append(identifier.ValueSpan);
            position = identifier.Index + identifier.Length;
        }
        ConvertPlain(text.AsSpan(position), result);
        return result.ToString();
    }

    private void ConvertPlain(ReadOnlySpan<char> text, StringBuilder result)
    {
        var runStart = 0;
        for (var i = 0; i < text.Length;)
        {
            if (phrases.TryMatch(text, i, out var length, out var replacement))
            {
                AppendIcu(text[runStart..i], result);
                result.Append(replacement);
                i += length;
                runStart = i;
            }
            else
            {
                i++;
            }
        }
        AppendIcu(text[runStart..], result);
    }

    private static void AppendIcu(ReadOnlySpan<char> run, StringBuilder result)
    {
        if (run.IsEmpty)
        {
            return;
        }
        string converted;
        lock (IcuLock)
        {
            converted = Icu.Value.Transliterate(run.ToString());
        }
        result.Append(converted);
    }

    // URLs, and document numbers: an issuer's short name, the year in brackets, a number and 号. Alone (a metadata
    // field) or after a space or punctuation the whole short name is kept; inside running text, where it cannot be
    // told from the words before it, its last three characters (常港发).
    [GeneratedRegex(@"https?://[^\s<>""'（）()，。]+|^[\u3400-\u9fff]{1,8}(?:〔|\[|［|【|\(|（)\d{4}(?:〕|\]|］|】|\)|）)\d{1,5}号$|(?<=[\s\p{P}\p{S}])[\u3400-\u9fff]{1,6}(?:〔|\[|［|【|\(|（)\d{4}(?:〕|\]|］|】|\)|）)\d{1,5}号|[\u3400-\u9fff]{0,3}(?:〔|\[|［|【|\(|（)\d{4}(?:〕|\]|］|】|\)|）)\d{1,5}号")]
    private static partial Regex Identifiers();
}
