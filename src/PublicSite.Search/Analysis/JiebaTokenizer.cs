using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PublicSite.Search.Analysis;

/// <summary>
/// Chinese words from jieba.NET in search mode: a long word and its known sub-words (港澳同胞, 港澳, 同胞), so
/// either finds it. HMM guessing of unknown words is off: the bigram field already finds unknown names.
/// </summary>
internal sealed class JiebaTokenizer : Tokenizer
{
    private readonly JiebaSegmenter _segmenter = JiebaSegmentation.NewSegmenter();
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private List<JiebaNet.Segmenter.Token> _tokens = [];
    private int _next;
    private int _length;

    public JiebaTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if (!token.Word.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            _term.SetEmpty().Append(token.Word.ToLowerInvariant());
            _offset.SetOffset(CorrectOffset(token.StartIndex), CorrectOffset(token.EndIndex));
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        var text = ReadAll(m_input);
        _length = text.Length;
        _tokens = _segmenter.Tokenize(text, TokenizerMode.Search, hmm: false).ToList();
        _next = 0;
    }

    /// <summary>Lucene's readers end with -1 (Java's convention), which TextReader.ReadToEnd does not expect.</summary>
    private static string ReadAll(TextReader reader)
    {
        var text = new System.Text.StringBuilder();
        var buffer = new char[1024];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_length);
        _offset.SetOffset(end, end);
    }
}
