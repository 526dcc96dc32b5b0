namespace PublicSite.Web.Features.InformationRequests;

/// <summary>
/// Table 三 of the 2021 template, row by row. A request counts once under its final decision in the year it was
/// decided; one still open at the year's end (a correction awaited included) is carried forward. 转送/告知 (Art. 36
/// (5)) counts as 无法提供 — 本机关不掌握相关政府信息, as the template has no row of its own for it.
/// </summary>
public static class AnnualReportRows
{
    private sealed record Definition(string Key, string Label, int Level, Func<Counted, bool>? Decided);

    private static readonly Definition[] Outcomes =
    [
        new("disclosed", "（一）予以公开", 1, c => c.Decision == RequestDecision.Disclosed),
        new("partly", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, c => c.Decision == RequestDecision.PartlyDisclosed),
        new("refused", "（三）不予公开", 1, c => c.Decision == RequestDecision.Refused),
        Ground("refused-secret", "1.属于国家秘密", RequestDecision.Refused, DecisionGround.Art14StateSecret),
        Ground("refused-law", "2.其他法律行政法规禁止公开", RequestDecision.Refused, DecisionGround.Art14ProhibitedByLaw),
        Ground("refused-security", "3.危及“三安全一稳定”", RequestDecision.Refused, DecisionGround.Art14Security),
        Ground("refused-third-party", "4.保护第三方合法权益", RequestDecision.Refused, DecisionGround.Art15ThirdParty),
        Ground("refused-internal", "5.属于三类内部事务信息", RequestDecision.Refused, DecisionGround.Art16Internal),
        Ground("refused-process", "6.属于四类过程性信息", RequestDecision.Refused, DecisionGround.Art16Process),
        Ground("refused-enforcement", "7.属于行政执法案卷", RequestDecision.Refused, DecisionGround.Art16EnforcementFile),
        new("refused-query", "8.属于行政查询事项", 2, _ => false),
        new("not-held", "（四）无法提供", 1, c => c.Decision is RequestDecision.NotHeld or RequestDecision.Referred),
        new("not-held-office", "1.本机关不掌握相关政府信息", 2,
            c => c.Decision == RequestDecision.Referred || (c.Decision == RequestDecision.NotHeld && c.Ground == DecisionGround.NotHeldByOffice)),
        Ground("not-held-made", "2.没有现成信息需要另行制作", RequestDecision.NotHeld, DecisionGround.WouldHaveToBeMade),
        Ground("not-held-unclear", "3.补正后申请内容仍不明确", RequestDecision.NotHeld, DecisionGround.UnclearAfterCorrection),
        new("not-processed", "（五）不予处理", 1, c => c.Decision == RequestDecision.NotProcessed),
        Ground("not-processed-petition", "1.信访举报投诉类申请", RequestDecision.NotProcessed, DecisionGround.Petition),
        Ground("not-processed-repeated", "2.重复申请", RequestDecision.NotProcessed, DecisionGround.Repeated),
        Ground("not-processed-publication", "3.要求提供公开出版物", RequestDecision.NotProcessed, DecisionGround.Publication),
        Ground("not-processed-excessive", "4.无正当理由大量反复申请", RequestDecision.NotProcessed, DecisionGround.Excessive),
        Ground("not-processed-confirmation", "5.要求行政机关确认或重新出具已获取信息", RequestDecision.NotProcessed, DecisionGround.Confirmation),
        new("other", "（六）其他处理", 1, _ => false),
        new("other-no-correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 2, _ => false),
        new("other-no-fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 2, _ => false),
        new("other-other", "3.其他", 2, _ => false),
        new("outcomes-total", "（七）总计", 1, c => c.Decision is not null),
    ];

    private static Definition Ground(string key, string label, RequestDecision decision, DecisionGround ground) =>
        new(key, label, 2, c => c.Decision == decision && c.Ground == ground);

    public static IReadOnlyList<RequestRow> Count(IReadOnlyList<Counted> requests, DateTime startUtc, DateTime endUtc)
    {
        RequestRow Row(string key, string label, int level, Func<Counted, bool> counts) => new(key, label, level,
            Enum.GetValues<ApplicantColumn>().Select(column => requests.Count(r => r.Column == column && counts(r))).ToList());
        bool DecidedInYear(Counted r) => r.DecidedAt is { } at && at >= startUtc && at < endUtc;

        var rows = new List<RequestRow>
        {
            Row("received", "一、本年新收政府信息公开申请数量", 0, r => r.ReceivedAt >= startUtc),
            Row("carried-over", "二、上年结转政府信息公开申请数量", 0, r => r.ReceivedAt < startUtc && !(r.DecidedAt < startUtc)),
            new("outcomes", "三、本年度办理结果", 0, Enumerable.Repeat(0, 6).ToList()),
        };
        rows.AddRange(Outcomes.Select(d => Row(d.Key, d.Label, d.Level, r => DecidedInYear(r) && d.Decided!(r))));
        rows.Add(Row("carried-forward", "四、结转下年度继续办理", 0, r => !(r.DecidedAt < endUtc)));
        return rows;
    }
}
