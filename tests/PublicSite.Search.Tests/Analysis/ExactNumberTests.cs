using PublicSite.Search.Indexing;

namespace PublicSite.Search.Tests.Analysis;

public sealed class ExactNumberTests
{
    [Theory]
    [InlineData("014109568/2017-00012")]
    [InlineData(" 014109568/2017-00012 ")]
    [InlineData("014109568-2017-00012")]
    [InlineData("０１４１０９５６８／２０１７－０００１２")]
    public void Index_numbers_in_any_spelling_meet_the_written_form(string typed)
    {
        Assert.Equal("014109568/2017-00012", ExactNumber.Normalize(typed));
    }

    [Theory]
    [InlineData("常港发〔2017〕1号")]
    [InlineData("常港發〔2017〕1號")]
    [InlineData("常港发[2017]1号")]
    [InlineData("常港发（2017）1号")]
    [InlineData("常港发 〔2017〕 1 号")]
    public void Document_numbers_in_any_brackets_or_script_meet_the_written_form(string typed)
    {
        Assert.Equal("常港发〔2017〕1号", ExactNumber.Normalize(typed));
    }
}
