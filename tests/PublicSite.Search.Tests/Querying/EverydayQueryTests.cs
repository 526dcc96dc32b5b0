using PublicSite.Search.Querying;

namespace PublicSite.Search.Tests.Querying;

/// <summary>Questions, typos, the two spellings of Portuguese and names across languages, on a small corpus.</summary>
public sealed class EverydayQueryTests : IAsyncLifetime
{
    private const string Identity = "在常就读港澳同胞子女身份认定";
    private const string Internship = "Programa de Estágios de Verão em Changzhou";
    private const string Incubation = "Incubação de projectos de empreendedorismo no Parque de Cooperação Jiangsu-Macau";
    private const string Budget = "市外事办2024年部门预算";
    private const string Ipim = "澳门特区招商投资促进局代表团来常访问";
    private const string HousingSubsidy = "人才住房补贴申领办法";
    private const string EmploymentGuide = "港澳青年来常就业指引";
    private SearchHarness _site = null!;

    public async Task InitializeAsync()
    {
        _site = await SearchHarness.CreateAsync();
        await _site.PublishDocumentAsync(Identity, "在常州就读的港澳同胞子女，可以申请身份认定，认定后按常住户口学生对待。", "014109568/2023-00001");
        await _site.PublishDocumentAsync("港澳同胞来常旅游指南", "港澳同胞来常州旅游，可以参观西太湖。", "014109568/2023-00002");
        await _site.PublishDocumentAsync(Budget, "部门预算收支总表。", "014109568/2024-00001");
        await _site.PublishDocumentAsync("苏澳合作园区简介", "苏澳合作园区位于武进西太湖。", "014109568/2019-00001");
        await _site.PublishNewsAsync(Ipim, "代表团参观了常州的企业。");
        await _site.PublishNewsAsync("澳门贸易投资洽谈会在常举行", "澳门与常州的贸易和投资合作。");
        await _site.PublishNewsAsync(HousingSubsidy, "符合条件的人才可以申领住房补贴。");
        await _site.PublishNewsAsync(EmploymentGuide, "在常州就业的港澳青年，住房方面可以申请补贴。");
        await _site.PublishNewsAsync(Internship, "Os estudantes de Hong Kong e Macau fazem o estágio de Verão nas empresas do Parque.", language: "pt-PT");
        await _site.PublishNewsAsync(Incubation, "A Direcção do Parque recebe as candidaturas dos projectos.", language: "pt-PT");
        await _site.PublishNewsAsync("Nova atividade do setor de educação", "A direção do projeto de receção de estudantes.", language: "pt-PT");
        await _site.CatchUpAsync();
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public void A_question_finds_the_answering_document_first_though_no_text_holds_every_word()
    {
        var results = _site.Search("港澳同胞的孩子在常州读书怎么认定身份", "zh-CN");

        Assert.Equal(Identity, results.Hits[0].Title);
        Assert.Null(results.Suggestion);
    }

    [Theory]
    [InlineData("苏澳合作园区在什么地方")]
    [InlineData("苏澳合作园区在哪里")]
    public void Question_words_need_not_match(string question)
    {
        Assert.Equal("苏澳合作园区简介", Assert.Single(_site.Search(question, "zh-CN").Hits).Title);
    }

    [Theory]
    [InlineData("onde fica o Parque de Cooperação")]
    [InlineData("como candidatar projectos de empreendedorismo")]
    public void Portuguese_question_words_need_not_match(string question)
    {
        Assert.Equal(Incubation, _site.Search(question, "pt-PT").Hits[0].Title);
    }

    [Fact]
    public void Documents_holding_more_of_the_words_come_first()
    {
        // No text holds all four: the guide holds three (港澳同胞, 西太湖, 旅游), the identity page two, however often.
        var titles = _site.Search("港澳同胞 西太湖 旅游 身份", "zh-CN").Hits.Select(h => h.Title).ToList();

        Assert.Equal("港澳同胞来常旅游指南", titles[0]);
        Assert.Contains(Identity, titles);
    }

    [Theory]
    [InlineData("estagio de veraõ", Internship, "estagio de verão")]
    [InlineData("emprendedorismo", Incubation, "empreendedorismo")]
    [InlineData("empreendedorismu", Incubation, "empreendedorismo")]
    public void A_misspelt_word_finds_the_document_and_suggests_the_spelling_of_the_texts(string typed, string title, string suggestion)
    {
        var results = _site.Search(typed, "pt-PT");

        Assert.Equal(title, results.Hits[0].Title);
        Assert.Equal(suggestion, results.Suggestion);
    }

    [Fact]
    public void A_short_word_is_not_corrected()
    {
        var results = _site.Search("vera", "pt-PT");

        Assert.Null(results.Suggestion);
    }

    [Theory]
    [InlineData("projeto de incubação", Incubation)]
    [InlineData("projecto de receção", "Nova atividade do setor de educação")]
    [InlineData("actividade do sector", "Nova atividade do setor de educação")]
    [InlineData("direção do Parque", Incubation)]
    public void Either_spelling_finds_texts_written_in_the_other(string query, string title)
    {
        Assert.Equal(title, _site.Search(query, "pt-PT").Hits[0].Title);
    }

    [Fact]
    public void Both_languages_find_Portuguese_words_in_Portuguese_texts()
    {
        // Before: "de" had to be a word of a Chinese text, and only Chinese texts could hold it.
        var both = _site.Search("Parque de Cooperação");

        Assert.Equal(Incubation, both.Hits[0].Title);
        Assert.Contains(both.Hits, h => h.Title == "苏澳合作园区简介");
        Assert.Equal("pt-PT", both.Hits[0].Language);
    }

    [Fact]
    public void A_Portuguese_name_finds_Chinese_texts_through_the_bridge_below_Portuguese_ones()
    {
        var hits = _site.Search("Parque de Cooperação").Hits;

        // Portuguese texts holding the name first; a Portuguese text holding only "Parque" fills the short page after
        // the Chinese one, which holds the name through the bridge.
        var firstChinese = hits.Select((h, i) => (h, i)).First(x => x.h.Language == "zh-CN").i;
        Assert.True(firstChinese > 0);
        Assert.All(hits.Take(firstChinese), h => Assert.Equal("pt-PT", h.Language));
        Assert.DoesNotContain(hits.Skip(firstChinese), h => h.Title == Incubation);
        Assert.Contains(_site.Search("orçamento").Hits, h => h.Title == Budget);
        Assert.Empty(_site.Search("orçamento", "pt-PT").Hits);
    }

    [Fact]
    public void A_Chinese_name_finds_Portuguese_texts_through_the_bridge()
    {
        Assert.Contains(_site.Search("实习").Hits, h => h.Title == Internship);
        Assert.Empty(_site.Search("实习", "zh-CN").Hits);
    }

    [Fact]
    public void The_old_name_of_an_institution_finds_texts_using_its_new_name_as_holding_every_word()
    {
        // IPIM's name before July 2024: the text writes the new one. Before the bridge knew both, no text held every
        // word and a text holding three of them (贸易, 投资, 澳门) ranked beside it; now it only fills the page after it.
        var hits = _site.Search("澳门贸易投资促进局", "zh-CN").Hits;

        Assert.Equal(Ipim, hits[0].Title);
        Assert.Equal("澳门贸易投资洽谈会在常举行", Assert.Single(hits.Skip(1)).Title);
    }

    [Fact]
    public void A_compound_finds_texts_writing_its_words_apart_after_those_holding_it()
    {
        // 住房补贴 is one word of the dictionary; the guide writes 住房 and 补贴 apart and answers it too.
        var titles = _site.Search("住房补贴", "zh-CN").Hits.Select(h => h.Title).ToList();

        Assert.Equal([HousingSubsidy, EmploymentGuide], titles);
    }

    [Theory]
    [InlineData("IPIM", Ipim)]
    [InlineData("Jiangsu-Macau", "苏澳合作园区简介")]
    public void A_Portuguese_name_on_the_Chinese_page_finds_the_Chinese_name(string query, string title)
    {
        Assert.Equal(title, _site.Search(query, "zh-CN").Hits[0].Title);
    }

    [Fact]
    public void Snippets_mark_words_written_in_the_other_spelling()
    {
        var hit = _site.Search("projeto de incubação", "pt-PT").Hits[0];

        Assert.Contains("<mark>projectos</mark>", hit.TitleHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>projectos</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>Direcção</mark>", _site.Search("direção do Parque", "pt-PT").Hits[0].SnippetHtml, StringComparison.Ordinal);
    }
}
