using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Tests.Analysis;

public sealed class PortugueseSpellingTests : IDisposable
{
    private readonly SearchAnalysis _analysis = new();

    private List<string> Terms(string text) => _analysis.Tokens(SearchFields.Portuguese, text).Select(t => t.Term).ToList();

    [Theory]
    [InlineData("acção", "ação")]
    [InlineData("projecto", "projeto")]
    [InlineData("projectos", "projetos")]
    [InlineData("Direcção", "direção")]
    [InlineData("sector", "setor")]
    [InlineData("sectores", "setores")]
    [InlineData("actividade", "atividade")]
    [InlineData("óptimo", "ótimo")]
    [InlineData("recepção", "receção")]
    [InlineData("excepção", "exceção")]
    [InlineData("objectivo", "objetivo")]
    [InlineData("accionista", "acionista")]
    [InlineData("Egipto", "Egito")]
    [InlineData("factor", "fator")]
    public void Spellings_before_and_after_1990_are_one_term(string before, string after)
    {
        Assert.Equal(Terms(after), Terms(before));
    }

    [Theory]
    [InlineData("pacto")]
    [InlineData("facto")]
    [InlineData("contacto")]
    [InlineData("impacto")]
    [InlineData("opção")]
    [InlineData("apto")]
    [InlineData("captar")]
    [InlineData("adaptação")]
    [InlineData("ficção")]
    [InlineData("convicção")]
    [InlineData("eucalipto")]
    public void A_consonant_that_is_pronounced_stays(string word)
    {
        Assert.Equal(PortugueseTextAnalyzer.WithoutAccents(word.ToLowerInvariant()), PortugueseSpelling.Modernize(PortugueseTextAnalyzer.WithoutAccents(word.ToLowerInvariant())));
        Assert.Equal(word.ToLowerInvariant(), PortugueseSpelling.Modernize(word.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("acta", "ata")]
    [InlineData("Direcção", "direção")]
    [InlineData("óptimo", "ótimo")]
    [InlineData("recepção", "receção")]
    public void The_rule_drops_the_silent_letter(string before, string after)
    {
        Assert.Equal(after, PortugueseSpelling.Modernize(before.ToLowerInvariant()));
    }

    [Fact]
    public void Accent_folding_still_joins_typed_words_without_accents()
    {
        Assert.Equal(Terms("direção"), Terms("direcao"));
        Assert.Equal(Terms("Direcção"), Terms("direcao"));
    }

    public void Dispose() => _analysis.Dispose();
}
