namespace PublicSite.Web.Tests.Inspection;

/// <summary>The daily check mails the editors when something turns red, with the list, and not again for the same findings (issue #19).</summary>
public sealed class DigestMailTests : IDisposable
{
    private readonly InspectionSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_first_check_mails_the_red_list_in_both_languages_and_the_next_one_stays_quiet_until_something_new_turns_red()
    {
        _site.SetChinaDay(2026, 12, 2);
        var first = await _site.RunDigestAsync();
        var second = await _site.RunDigestAsync();
        var linked = await _site.PublishNewsAsync("即将撤回的园区新闻", "园区正文。");
        await _site.PublishNewsAsync("引用即将撤回新闻的园区新闻", $"见[那篇新闻](/zh/news/{Uri.EscapeDataString(linked.Slug)})。");
        await _site.WithdrawAsync(linked);
        var third = await _site.RunDigestAsync();

        Assert.True(first);
        Assert.False(second);
        Assert.True(third);
        // Both mails carry the same set clock in their file names: they are told apart by what they hold.
        var mails = _site.Mails().OrderBy(m => (m.TextBody ?? "").Contains("引用即将撤回新闻的园区新闻", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mails.Count);
        var text = mails[0].TextBody;
        Assert.Contains("苏澳合作园区动态（中文）：最近更新为 2026-04-22", text, StringComparison.Ordinal);
        Assert.Contains("Notícias do Parque Jiangsu-Macau (Chinês): última actualização em 2026-04-22", text, StringComparison.Ordinal);
        Assert.Contains(mails[0].To.Mailboxes, m => m.Address == SiteFactory.AdminEmail);
        Assert.Contains("《引用即将撤回新闻的园区新闻》", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("被链接页面已撤回", mails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_job_runs_the_check_once_a_day_after_its_hour()
    {
        _site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.FromHours(8)));
        var early = await _site.RunIfDueAsync();
        _site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 7, 45, 0, TimeSpan.FromHours(8)));
        var due = await _site.RunIfDueAsync();
        var again = await _site.RunIfDueAsync();
        _site.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 7, 45, 0, TimeSpan.FromHours(8)));
        var nextDay = await _site.RunIfDueAsync();

        Assert.False(early);
        Assert.True(due);
        Assert.False(again);
        Assert.True(nextDay);
    }

    [Fact]
    public async Task Two_web_nodes_waking_together_on_one_database_send_the_days_mail_once()
    {
        var secondDirectory = SiteFactory.NewDataDirectory();
        try
        {
            _ = _site.Services;
            using var second = new InspectionSite(secondDirectory, _site);
            _ = second.Services;
            var due = new DateTimeOffset(2026, 12, 3, 7, 45, 0, TimeSpan.FromHours(8));
            _site.Clock.SetUtcNow(due);
            second.Clock.SetUtcNow(due);

            var ran = await Task.WhenAll(Task.Run(_site.RunIfDueAsync), Task.Run(second.RunIfDueAsync));

            Assert.Equal(1, ran.Count(r => r));
            Assert.Single(_site.Mails().Concat(second.Mails()));
        }
        finally
        {
            SiteFactory.DeleteDataDirectory(secondDirectory);
        }
    }
}
