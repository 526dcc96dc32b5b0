using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using PublicSite.Cms.Content;
using PublicSite.Cms.Data;
using PublicSite.Cms.Publishing;
using PublicSite.Web.Features.Inspection.Data;
using PublicSite.Web.Features.Mail;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.Programmes;
using PublicSite.Web.Site;
using PublicSite.Web.Site.Telemetry;

namespace PublicSite.Web.Features.Inspection;

/// <summary>
/// The daily check: runs the inspection and, when a finding has turned red since the last mail (a column gone stale,
/// a new broken link), mails every active manager account the whole red list, in Chinese and Portuguese (the
/// manager has no per-user language). The day done and the findings already mailed are kept in the database, so
/// neither a restart nor a second web node repeats the mail.
/// </summary>
public sealed class InspectionDigest(
    SiteInspection inspection, UserManager<EditorUser> users, IMailDelivery mail, IStringLocalizer<InspectionText> text,
    InspectionDbContext db, IOptions<SmtpOptions> smtp, IOptions<SiteOptions> site, TimeProvider time, ILogger<InspectionDigest> logger)
{
    /// <summary>Runs the day's check once, after <paramref name="dailyAt"/> China time; returns whether it ran.</summary>
    public async Task<bool> RunIfDueAsync(TimeOnly dailyAt, CancellationToken cancellationToken)
    {
        var china = SiteClock.ToChina(time.GetUtcNow().UtcDateTime);
        if (TimeOnly.FromDateTime(china) < dailyAt || !await ClaimDayAsync(DateOnly.FromDateTime(china), cancellationToken))
        {
            return false;
        }
        await RunAsync(cancellationToken);
        return true;
    }

    // Every node wakes for the check: the first to mark the day runs it, the others find it taken. A node that dies
    // between the mark and the mail loses that day's mail rather than any node sending it twice.
    private async Task<bool> ClaimDayAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginSerialisedWriteAsync("inspection-digest", cancellationToken);
        var state = await db.DigestStates.FindAsync([DigestState.SingleId], cancellationToken);
        if (state?.CheckedOn == day)
        {
            return false;
        }
        if (state is null)
        {
            db.DigestStates.Add(new DigestState { CheckedOn = day });
        }
        else
        {
            state.CheckedOn = day;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Checks now; returns whether a mail went out.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var report = await inspection.RunAsync(cancellationToken);
        var state = await db.DigestStates.FindAsync([DigestState.SingleId], cancellationToken);
        if (state is null)
        {
            state = new DigestState();
            db.DigestStates.Add(state);
        }
        var red = report.RedKeys;
        var turnedRed = red.Except(state.Reported, StringComparer.Ordinal).Any();
        if (turnedRed)
        {
            await SendAsync(report, cancellationToken);
        }
        // What is no longer red is forgotten, so it is mailed again if it turns red again.
        state.CheckedOn = report.Day;
        state.Reported = [.. red];
        await db.SaveChangesAsync(cancellationToken);
        return turnedRed;
    }

    private async Task SendAsync(InspectionReport report, CancellationToken cancellationToken)
    {
        var recipients = new List<MailboxAddress>();
        foreach (var role in EditorRoles.All)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (!user.IsDeactivated && user.Email is { Length: > 0 } email && recipients.All(r => r.Address != email))
                {
                    recipients.Add(new MailboxAddress(user.DisplayName ?? email, email));
                }
            }
        }
        if (recipients.Count == 0)
        {
            logger.LogWarning("The inspection check found red items but no manager account has an email address.");
            return;
        }
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.Value.FromName, smtp.Value.FromAddress));
        message.To.AddRange(recipients);
        var body = new StringBuilder();
        var subject = new List<string>();
        foreach (var language in SiteLanguage.All)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language.Culture);
            try
            {
                subject.Add(text["MailSubject", report.Failing.Count(), report.BrokenLinks.Count]);
                Write(body, report);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }
        message.Subject = string.Join(" / ", subject);
        message.Body = new TextPart("plain") { Text = body.ToString() };
        await mail.SendAsync(message, cancellationToken);
        logger.LogInformation("Inspection mail sent to {Count} manager accounts.", recipients.Count);
    }

    private void Write(StringBuilder body, InspectionReport report)
    {
        body.AppendLine(text["MailIntro", report.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]).AppendLine();
        foreach (var column in report.Failing)
        {
            body.Append("- ").AppendLine(column.Latest is { } latest
                ? text["MailStaleColumn", text[column.Column.LabelKey], text["Language_" + column.Language.Code], latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]
                : text["MailEmptyColumn", text[column.Column.LabelKey], text["Language_" + column.Language.Code]]);
        }
        foreach (var link in report.BrokenLinks)
        {
            body.Append("- ").AppendLine(text["MailBrokenLink", link.Title, link.Target, text["Reason_" + link.Reason]]);
        }
        var manager = (site.Value.BaseUrl ?? "").TrimEnd('/') + "/manager";
        body.AppendLine().AppendLine(text["MailSeePanel", manager]).AppendLine();
    }
}

/// <summary>Wakes every <see cref="InspectionOptions.WakeInterval"/> and runs the day's check when it is due.</summary>
internal sealed class InspectionDigestJob(IServiceScopeFactory scopes, IOptions<InspectionOptions> options, JobRuns runs, TimeProvider time, ILogger<InspectionDigestJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WakeInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await runs.MeasureAsync("inspection_digest", async () =>
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        await scope.ServiceProvider.GetRequiredService<InspectionDigest>().RunIfDueAsync(options.Value.DailyAt, stoppingToken);
                    }, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The daily inspection check failed; it runs again at the next wake-up.");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
