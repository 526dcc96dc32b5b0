using Lucene.Net.Analysis;

namespace PublicSite.Search.Analysis;

/// <summary>Applies <see cref="ChineseFolding"/> in front of a tokenizer; offsets need no correction.</summary>
internal sealed class ChineseFoldingCharFilter(TextReader input) : CharFilter(input)
{
    public override int Read(char[] buffer, int index, int count)
    {
        var read = m_input.Read(buffer, index, count);
        for (var i = index; i < index + read; i++)
        {
            buffer[i] = ChineseFolding.Fold(buffer[i]);
        }
        return read;
    }

    public override int Read()
    {
        var c = m_input.Read();
        return c < 0 ? c : ChineseFolding.Fold((char)c);
    }

    protected override int Correct(int currentOff) => currentOff;
}
