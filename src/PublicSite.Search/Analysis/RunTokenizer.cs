using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PublicSite.Search.Analysis;

/// <summary>
/// A tokenizer that reads its whole input, folds it character by character and splits it into runs of Han (and
/// kana, Hangul) characters and runs of other letters and digits; subclasses say what tokens a run gives. Written
/// instead of StandardTokenizer, which analysed barely a million characters a second here.
/// </summary>
internal abstract class RunTokenizer : Tokenizer
{
    /// <summary>Longer runs of letters are not words (and Lucene refuses terms over 32 KB).</summary>
    private const int MaxWordLength = 255;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private readonly List<Piece> _pieces = [];
    private char[] _buffer = new char[4096];
    private int _length;
    private int _next;

    protected RunTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    protected ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    public static bool IsHan(char c) =>
        c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF') or (>= '\uAC00' and <= '\uD7AF');

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _pieces.Count)
        {
            return false;
        }
        var piece = _pieces[_next++];
        _term.CopyBuffer(_buffer, piece.Start, piece.End - piece.Start);
        _offset.SetOffset(CorrectOffset(piece.Start), CorrectOffset(piece.End));
        _increment.PositionIncrement = piece.Increment;
        _type.Type = piece.Type;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        ReadAll();
        _pieces.Clear();
        _next = 0;
        var text = Text;
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            if (IsHan(text[i]))
            {
                while (i < text.Length && IsHan(text[i]))
                {
                    i++;
                }
                OnHan(start, i);
            }
            else if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]) && !IsHan(text[i]))
                {
                    i++;
                }
                if (i - start <= MaxWordLength)
                {
                    OnWord(start, i);
                }
            }
            else
            {
                i++;
            }
        }
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_length);
        _offset.SetOffset(end, end);
    }

    /// <summary>The tokens of the Han run <c>Text[start..end]</c>.</summary>
    protected abstract void OnHan(int start, int end);

    /// <summary>The tokens of a run of other letters and digits: the word whole, unless a field wants none.</summary>
    protected virtual void OnWord(int start, int end) => Add(start, end, 1, "<WORD>");

    /// <summary>How a character is read; Chinese fields fold (Traditional, width, accents, case), Portuguese does not.</summary>
    protected abstract char Fold(char c);

    protected void Add(int start, int end, int increment, string type) => _pieces.Add(new Piece(start, end, increment, type));

    private void ReadAll()
    {
        _length = 0;
        int read;
        // Lucene's readers end with -1 (Java's convention) as well as 0.
        while ((read = m_input.Read(_buffer, _length, _buffer.Length - _length)) > 0)
        {
            for (var i = _length; i < _length + read; i++)
            {
                _buffer[i] = Fold(_buffer[i]);
            }
            _length += read;
            if (_length == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
        }
    }

    private readonly record struct Piece(int Start, int End, int Increment, string Type);
}
