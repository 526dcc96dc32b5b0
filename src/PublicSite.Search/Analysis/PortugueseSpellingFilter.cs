using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PublicSite.Search.Analysis;

/// <summary>Each word in the spelling of the 1990 agreement (<see cref="PortugueseSpelling"/>), before stemming.</summary>
internal sealed class PortugueseSpellingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public PortugueseSpellingFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        _term.SetLength(PortugueseSpelling.Modernize(_term.Buffer, _term.Length));
        return true;
    }
}
