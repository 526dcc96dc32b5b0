using PublicSite.Search.Analysis;
using PublicSite.Search.Indexing;

namespace PublicSite.Search.Tests.Analysis;

public sealed class AnalysisTests : IDisposable
{
    private readonly SearchAnalysis _analysis = new();

    private List<string> Terms(string field, string text) => _analysis.Tokens(field, text).Select(t => t.Term).ToList();

    [Fact]
    public void Traditional_text_is_folded_to_simplified_before_both_Chinese_analyses()
    {
        Assert.Equal(Terms(SearchFields.ChineseBigrams, "苏澳合作园区"), Terms(SearchFields.ChineseBigrams, "蘇澳合作園區"));
        Assert.Contains("苏澳合作园区", Terms(SearchFields.ChineseWords, "蘇澳合作園區"));
    }

    [Fact]
    public void Bigram_field_holds_every_pair_and_a_lone_character()
    {
        var terms = Terms(SearchFields.ChineseBigrams, "港澳办，园");

        Assert.Equal(["港澳", "澳办", "园"], terms);
    }

    [Fact]
    public void Character_field_holds_each_han_character_once_in_simplified_form()
    {
        var terms = Terms(SearchFields.ChineseCharacters, "港澳、港澳門 Macau 2017");

        Assert.Equal(["港", "澳", "门"], terms);
    }

    [Fact]
    public void Word_field_knows_the_site_names_of_the_user_dictionary_and_their_parts()
    {
        var terms = Terms(SearchFields.ChineseWords, "苏澳合作园区正式落户我市武进西太湖，港澳同胞子女身份认定");

        Assert.Contains("苏澳合作园区", terms);
        Assert.Contains("西太湖", terms);
        Assert.Contains("武进", terms);
        Assert.Contains("港澳同胞", terms);
        Assert.Contains("港澳", terms);
        Assert.DoesNotContain("，", terms);
    }

    [Theory]
    [InlineData("cooperacao")]
    [InlineData("Cooperação")]
    [InlineData("cooperações")]
    [InlineData("COOPERAÇÃO")]
    public void Unaccented_plural_and_capitalised_Portuguese_meet_on_one_term(string word)
    {
        Assert.Equal(Terms(SearchFields.Portuguese, "cooperação"), Terms(SearchFields.Portuguese, word));
    }

    [Theory]
    [InlineData("também")]
    [InlineData("tambem")]
    [InlineData("você")]
    [InlineData("voce")]
    public void Portuguese_stop_words_are_dropped_with_or_without_accents(string word)
    {
        Assert.Empty(Terms(SearchFields.Portuguese, word));
    }

    [Fact]
    public void Full_width_digits_and_letters_are_read_as_ASCII()
    {
        Assert.Equal(Terms(SearchFields.ChineseBigrams, "2017 macau"), Terms(SearchFields.ChineseBigrams, "２０１７　ＭＡＣＡＵ"));
    }

    [Fact]
    public void Folding_keeps_the_length_so_offsets_stay_true()
    {
        const string traditional = "蘇澳合作園區 港澳青年實習 澳門特別行政區";

        Assert.Equal("苏澳合作园区 港澳青年实习 澳门特别行政区", ChineseFolding.Fold(traditional));
    }

    [Fact]
    public void Analysis_version_names_the_user_dictionary_so_a_new_name_forces_a_rebuild()
    {
        Assert.Matches("^[0-9]+:.+:[0-9a-f]{12}$", _analysis.Version);
    }

    public void Dispose() => _analysis.Dispose();
}
