using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace PublicSite.Search.Analysis;

/// <summary>
/// Portuguese: light stemming (plurals and feminine forms), stop words in accented and unaccented spellings
/// (people type "nao" for "não"), and accent folding after stemming, so that <c>cooperacao</c>, <c>cooperação</c>
/// and <c>cooperações</c> meet on one term. Folding first would hide the endings the stemmer reads. Spellings of
/// before and after the 1990 agreement meet too (<c>projecto</c>, <c>projeto</c>: <see cref="PortugueseSpelling"/>).
/// </summary>
internal sealed class PortugueseTextAnalyzer : Analyzer
{
    private static readonly CharArraySet StopWords = BuildStopWords();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new PortugueseWordTokenizer(reader);
        // The tokenizer has lower-cased the text.
        TokenStream stream = new StopFilter(LuceneVersion.LUCENE_48, source, StopWords);
        // Before the stemmer, which reads the endings of either spelling alike.
        stream = new PortugueseSpellingFilter(stream);
        stream = new PortugueseLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet BuildStopWords()
    {
        var words = new CharArraySet(LuceneVersion.LUCENE_48, 400, ignoreCase: false);
        foreach (var word in PortugueseAnalyzer.DefaultStopSet)
        {
            words.Add(word);
            words.Add(WithoutAccents(word));
        }
        return words.AsReadOnly();
    }

    internal static string WithoutAccents(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC);
    }
}
