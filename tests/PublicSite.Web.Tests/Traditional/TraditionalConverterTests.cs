using PublicSite.Web.Features.Traditional;

namespace PublicSite.Web.Tests.Traditional;

/// <summary>The converter with the repository's phrase table, as the site loads it.</summary>
public sealed class TraditionalConverterTests
{
    private static readonly TraditionalConverter Converter = new(PhraseTable.Load(
        Path.Combine(AppContext.BaseDirectory, "content-seed", "traditional-phrases.txt")));

    [Theory]
    [InlineData("头发和发展", "頭髮和發展")]
    [InlineData("后来的皇后", "後來的皇后")]
    [InlineData("干净的干部", "乾淨的幹部")]
    [InlineData("面对一碗面条", "面對一碗麵條")]
    [InlineData("注册、10余家、答复、重复、咨询", "註冊、10餘家、答覆、重複、諮詢")]
    [InlineData("行30余人到苏澳合作园区", "行30餘人到蘇澳合作園區")]
    [InlineData("借助平台尽快汇总", "藉助平台儘快彙總")]
    [InlineData("工作六周，周末休息", "工作六週，週末休息")]
    [InlineData("联系关系体系", "聯繫關係體系")]
    [InlineData("制定和制作", "制定和製作")]
    [InlineData("历史日历", "歷史日曆")]
    public void One_to_many_characters_follow_the_phrase(string simplified, string traditional) =>
        Assert.Equal(traditional, Converter.Convert(simplified));

    [Theory]
    [InlineData("根据常港发〔2017〕1号文件", "根據常港发〔2017〕1号文件")]
    [InlineData("（常教发〔2018〕45号）同时废止", "（常教发〔2018〕45号）同時廢止")]
    [InlineData("索引号：014109568/2017-00012", "索引號：014109568/2017-00012")]
    [InlineData("详见 https://gaob.example.gov.cn/zh/发展 页面", "詳見 https://gaob.example.gov.cn/zh/发展 頁面")]
    public void Document_numbers_index_numbers_and_urls_stay_as_issued(string simplified, string traditional) =>
        Assert.Equal(traditional, Converter.Convert(simplified));

    [Fact]
    public void A_line_without_a_replacement_keeps_a_name_as_written()
    {
        var converter = new TraditionalConverter(PhraseTable.Parse(["# names", "范文发", "发展=發展"]));

        Assert.Equal("范文发推動發展", converter.Convert("范文发推动发展"));
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        var converter = new TraditionalConverter(PhraseTable.Parse(["余场=餘場", "余场次=餘場次X"]));

        Assert.Equal("140餘場次X", converter.Convert("140余场次"));
    }
}
