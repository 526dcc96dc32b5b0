using System.Globalization;
using System.Text;
using PublicSite.Cms.Content;
using PublicSite.Cms.Content.Types;
using PublicSite.Cms.Publishing;

namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// Drafts the year's 政府信息公开工作年度报告 (条例 Art. 49–50) as a disclosed document in the normal workflow: the
/// template's tables filled from the catalogue and the requests, the prose parts left for editors, who complete,
/// translate and publish it like any other document.
/// </summary>
public sealed class AnnualReportDraft(AnnualReportCounter counter, ContentService content, TimeProvider time)
{
    public const string Office = "常州市人民政府港澳事务办公室";

    public async Task<(ContentVariant Draft, AnnualReportFigures Figures)> CreateAsync(int year, string author, CancellationToken cancellationToken)
    {
        var figures = await counter.CountAsync(year, cancellationToken);
        var today = SiteClock.ChinaDate(time.GetUtcNow().UtcDateTime);
        var draft = await content.SaveAsync(new ContentEdit
        {
            TypeKey = "disclosure",
            Language = SiteLanguage.Chinese.Culture,
            Title = string.Create(CultureInfo.InvariantCulture, $"{Office}{year}年政府信息公开工作年度报告"),
            Body = Markdown(figures),
            Fields = new DisclosedDocument
            {
                IssuingBody = "hkmao", Category = "annual-reports", Genre = "report", PublicationDate = today, DateCreated = today,
            },
        }, author, string.Create(CultureInfo.InvariantCulture, $"Drafted from the catalogue and the requests of {year}"), cancellationToken);
        return (draft, figures);
    }

    public static string Markdown(AnnualReportFigures figures)
    {
        var md = new StringBuilder();
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        md.AppendLine(CultureInfo.InvariantCulture, $"本报告依据《中华人民共和国政府信息公开条例》第五十条和国务院办公厅政府信息与政务公开办公室印发的年度报告格式编制，统计期限为{figures.Year}年1月1日至12月31日。")
            .AppendLine()
            .AppendLine("> 草稿：表格数字由网站根据政府信息公开目录和依申请公开办理记录生成。请编辑填写第一、五、六部分后按流程审核发布。")
            .AppendLine()
            .AppendLine("## 一、总体情况").AppendLine().AppendLine("（待填写）").AppendLine()
            .AppendLine("## 二、主动公开政府信息情况").AppendLine()
            .AppendLine("| 信息类别 | 本年主动公开数量 |").AppendLine("|---|---:|");
        foreach (var category in figures.Proactive)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {category.Name} | {N(category.Count)} |");
        }
        md.AppendLine(CultureInfo.InvariantCulture, $"| 合计 | {N(figures.Proactive.Sum(c => c.Count))} |").AppendLine()
            .AppendLine("## 三、收到和处理政府信息公开申请情况").AppendLine()
            .AppendLine("| 本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和 | 自然人 | 法人或其他组织：商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in figures.Requests)
        {
            var cells = row.Key == "outcomes" ? string.Concat(Enumerable.Repeat(" |", 7)) : string.Concat(row.Counts.Select(c => $" {N(c)} |")) + $" {N(row.Total)} |";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {new string('　', row.Level)}{row.Label} |{cells}");
        }
        md.AppendLine()
            .AppendLine("## 四、政府信息公开行政复议、行政诉讼情况").AppendLine()
            .AppendLine("| 行政复议：结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉：结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 复议后起诉：结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |")
            .AppendLine("|" + string.Concat(Enumerable.Repeat("---:|", 15)))
            .AppendLine("|" + string.Concat(Enumerable.Repeat(" 0 |", 15))).AppendLine()
            .AppendLine("## 五、存在的主要问题及改进情况").AppendLine().AppendLine("（待填写）").AppendLine()
            .AppendLine("## 六、其他需要报告的事项").AppendLine()
            .AppendLine("本年度未收取信息处理费（0元）。").AppendLine();
        return md.ToString();
    }
}
