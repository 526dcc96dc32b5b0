using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Import;

namespace PublicSite.Cms.Tests.Import;

public sealed class NoticeReaderTests
{
    private static ImportedNotice Read(byte[] docx, string fileName = "notice.docx") =>
        NoticeReader.Read(new MemoryStream(docx), fileName);

    [Fact]
    public void The_seed_notice_in_its_Word_layout_gives_the_seed_fields_and_body()
    {
        var root = SeedNoticeDocx.RepositoryRoot();
        var seed = SeedNoticeDocx.Seed(root);

        var notice = Read(SeedNoticeDocx.Bytes(root));

        Assert.Equal(seed.Title, notice.Title);
        Assert.Equal(seed.Shared["documentNumber"]!.GetValue<string>(), notice.DocumentNumber);
        Assert.Equal(DateOnly.Parse(seed.Shared["dateCreated"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), notice.DateCreated);
        Assert.Equal(DisclosureMethod.Proactive, notice.DisclosureMethod);
        Assert.Equal("市港澳工作协调小组各成员单位", notice.Addressees);
        Assert.Equal(["常州市港澳工作协调小组办公室", "（市港澳办代章）"], notice.Signature);
        Assert.Equal("常州市人民政府外事办公室", notice.IssuingBodyNames[0]);
        Assert.Equal(seed.Body, notice.Body);
        Assert.All(notice.Paragraphs, p => Assert.True(p.Recognised, p.Original));
        Assert.Contains(notice.Paragraphs, p => p.Part == NoticePart.Masthead);
        Assert.Equal(4, notice.Paragraphs.Count(p => p.Part == NoticePart.Heading && p.Markdown!.StartsWith("### ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("2017年5月5日", 2017, 5, 5)]
    [InlineData("2017年05月05日", 2017, 5, 5)]
    [InlineData("二〇一七年五月五日", 2017, 5, 5)]
    [InlineData("二〇二三年十二月三十一日", 2023, 12, 31)]
    [InlineData("二○一九年十月二十日", 2019, 10, 20)]
    public void Dates_created_are_read_in_Arabic_and_Chinese_numerals(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), OfficialDate.Parse(text));

    [Theory]
    [InlineData("二〇一七年二月三十日")]
    [InlineData("2017年13月1日")]
    [InlineData("于2017年5月5日召开")]
    public void Impossible_dates_and_sentences_are_not_taken_for_dates(string text) => Assert.Null(OfficialDate.Parse(text));

    [Fact]
    public void A_notice_dated_in_Chinese_numerals_gets_its_date_created()
    {
        var docx = new NoticeDocx().Centered("常港发[2023]4号").Title("关于做好港澳同胞子女身份认定工作的通知")
            .Flush("各辖市（区）港澳办：").Paragraph("现将有关事项通知如下。")
            .Right("常州市人民政府港澳事务办公室").Right("二〇二三年八月十八日").Bytes();

        var notice = Read(docx);

        Assert.Equal(new DateOnly(2023, 8, 18), notice.DateCreated);
        Assert.Equal("常港发〔2023〕4号", notice.DocumentNumber);
        Assert.Equal(["常州市人民政府港澳事务办公室"], notice.Signature);
    }

    [Theory]
    [InlineData("常港发[2017]1号")]
    [InlineData("常港发［2017］1号")]
    [InlineData("常港发【2017】1号")]
    [InlineData("常港发（2017）1号")]
    [InlineData("常港发(2017)1号")]
    [InlineData("常港发〔2017〕1号")]
    public void Document_number_brackets_are_normalised(string typed) =>
        Assert.Equal("常港发〔2017〕1号", DocumentNumberText.Normalise(typed));

    [Fact]
    public void Headings_of_every_level_lists_bold_and_a_table_become_Markdown()
    {
        var docx = new NoticeDocx().Title("关于举办2024年港澳青年实习活动的通知")
            .Flush("各有关单位：")
            .Paragraph("一、活动安排")
            .Paragraph("（一）时间地点")
            .Paragraph("1.报到时间")
            .Paragraph("（1）上午场")
            .Paragraph("（二）参加对象。在常高校就读的港澳学生，年龄18至35周岁。")
            .Runs(("第一条", true), (" 为做好实习工作，制定本通知。", false))
            .ListItem("身份证明", ordered: true).ListItem("学历证明", ordered: true)
            .ListItem("照片", ordered: false)
            .Table(["岗位", "名额", "单位"], ["行政助理", "2", "市港澳办"], ["翻译|口译", "1", "市外事办"])
            .Flush("附件：1.报名表")
            .Paragraph("2.岗位说明")
            .Right("常州市人民政府港澳事务办公室")
            .Right("2024年3月1日")
            .Paragraph("（此件依申请公开）")
            .Flush("抄送：省港澳办。")
            .Bytes();

        var notice = Read(docx);

        Assert.Equal("""
            各有关单位：

            ### 一、活动安排

            #### （一）时间地点

            ##### 1.报到时间

            ###### （1）上午场

            （二）参加对象。在常高校就读的港澳学生，年龄18至35周岁。

            **第一条** 为做好实习工作，制定本通知。

            1. 身份证明
            1. 学历证明
            - 照片

            | 岗位 | 名额 | 单位 |
            | --- | --- | --- |
            | 行政助理 | 2 | 市港澳办 |
            | 翻译\|口译 | 1 | 市外事办 |

            附件：1.报名表

            2.岗位说明

            常州市人民政府港澳事务办公室

            2024年3月1日

            （此件依申请公开）
            """.ReplaceLineEndings("\n"), notice.Body);
        Assert.Equal(["1.报名表", "岗位说明"], notice.AttachmentNotes);
        Assert.Equal(DisclosureMethod.OnRequest, notice.DisclosureMethod);
        Assert.Contains(notice.Paragraphs, p => p.Part == NoticePart.Colophon && p.Markdown is null);
        Assert.Contains(notice.Paragraphs, p => p.Part == NoticePart.Table);
    }

    [Fact]
    public void An_embedded_picture_is_taken_out_with_its_description_and_referred_to_in_the_body()
    {
        var png = NoticeDocx.TinyPng();
        var docx = new NoticeDocx().Title("苏澳合作园区总体规划公示").Paragraph("规划范围如下图。").Image(png, "园区规划范围图").Bytes();

        var notice = Read(docx);

        var image = Assert.Single(notice.Images);
        Assert.Equal(png, image.Content);
        Assert.Equal(".png", image.Extension);
        Assert.Equal("园区规划范围图", image.Description);
        Assert.EndsWith("![园区规划范围图](docx-image:1)", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_line_that_is_not_a_centred_title_is_taken_for_the_title_but_flagged()
    {
        var notice = Read(new NoticeDocx().Flush("港澳工作简报").Paragraph("本期要点。").Bytes());

        Assert.Equal("港澳工作简报", notice.Title);
        Assert.False(notice.Paragraphs[0].Recognised);
    }

    [Fact]
    public void A_broken_file_is_refused() =>
        Assert.Equal("DocxBroken", Assert.Throws<NoticeRejectedException>(() => Read(new NoticeDocx().Title("通知").Truncated())).Reason);

    [Fact]
    public void A_file_that_is_not_a_zip_at_all_is_refused() =>
        Assert.Equal("DocxBroken", Assert.Throws<NoticeRejectedException>(() => Read("not a word file"u8.ToArray())).Reason);

    [Fact]
    public void An_encrypted_file_is_refused() =>
        Assert.Equal("DocxEncrypted", Assert.Throws<NoticeRejectedException>(() => Read(NoticeDocx.Encrypted())).Reason);

    [Theory]
    [InlineData("notice.docm")]
    [InlineData("notice.docx")]
    public void A_macro_enabled_document_is_refused_whatever_its_name(string fileName) =>
        Assert.Equal("DocxMacros", Assert.Throws<NoticeRejectedException>(() => Read(new NoticeDocx().Title("通知").WithMacros().Bytes(), fileName)).Reason);
}
