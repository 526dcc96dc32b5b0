using PublicSite.Cms.Content;

namespace PublicSite.Cms.Tests.Content;

public sealed class SlugTests
{
    [Fact]
    public void A_Chinese_only_title_gives_a_Chinese_slug_not_an_empty_one() =>
        Assert.Equal("苏澳合作园区正式落户武进西太湖", Slug.FromTitle("苏澳合作园区正式落户武进西太湖"));

    [Theory]
    [InlineData("关于印发《2017年全市港澳工作要点》的通知", "关于印发-2017年全市港澳工作要点-的通知")]
    [InlineData("Parque de Cooperação Jiangsu-Macau: Ponto de Situação", "parque-de-cooperação-jiangsu-macau-ponto-de-situação")]
    [InlineData("  Hello,   World!  ", "hello-world")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    public void Punctuation_and_spaces_become_single_hyphens_and_letters_of_every_script_stay(string title, string expected) =>
        Assert.Equal(expected, Slug.FromTitle(title));

    [Theory]
    [InlineData("《》，。！")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_title_without_letters_gives_an_empty_slug_for_the_caller_to_replace(string title) =>
        Assert.Equal("", Slug.FromTitle(title));

    [Fact]
    public void Slugs_are_cut_at_a_readable_length() =>
        Assert.True(Slug.FromTitle(new string('港', 500)).Length <= Slug.MaxLength);

    [Fact]
    public void A_disclosed_documents_slug_is_its_index_number_with_the_slash_as_a_hyphen() =>
        Assert.Equal("014109568-2017-00012", Slug.FromIndexNumber("014109568/2017-00012"));
}
