using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PublicSite.Cms.Auditing;
using PublicSite.Web.Features.Applications;
using PublicSite.Web.Features.BusinessEnquiries.Data;
using PublicSite.Web.Features.Manager;
using PublicSite.Web.Features.Manager.Accounts;
using PublicSite.Web.Features.PersonalData;

namespace PublicSite.Web.Features.BusinessEnquiries;

/// <summary>
/// What the office does with an enquiry: assign it to a manager user, reply by email in the enquirer's language, close
/// it. Each step goes into the enquiry's history and the audit log; a step the enquiry's state does not allow is refused.
/// </summary>
public sealed class EnquiryHandling(
    BusinessEnquiriesDbContext db, PersonalDataProtector protector, EnquiryMail mail, UserManager<EditorUser> users,
    AuditTrail audit, EditorContext editor, TimeProvider time)
{
    public const int MaxReply = 8000;

    /// <summary>The active manager users an enquiry can be assigned to, by user name.</summary>
    public async Task<IReadOnlyList<string>> AssigneesAsync(CancellationToken cancellationToken)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var role in EditorRoles.All)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (!user.IsDeactivated && user.UserName is { } name)
                {
                    names.Add(name);
                }
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        return [.. names];
    }

    public async Task<EnquiryOutcome> AssignAsync(string reference, string? assignee, CancellationToken cancellationToken)
    {
        var enquiry = await FindAsync(reference, cancellationToken);
        if (enquiry is null)
        {
            return EnquiryOutcome.NotFound;
        }
        if (enquiry.Status == EnquiryStatus.Closed || string.IsNullOrWhiteSpace(assignee)
            || !(await AssigneesAsync(cancellationToken)).Contains(assignee, StringComparer.Ordinal))
        {
            return EnquiryOutcome.Refused;
        }
        enquiry.AssignedTo = assignee;
        if (enquiry.Status == EnquiryStatus.Received)
        {
            enquiry.Status = EnquiryStatus.Assigned;
        }
        await RecordAsync(enquiry, EnquiryStatus.Assigned, AuditActions.EnquiryAssigned, assignee, step => step.AssignedTo = assignee, cancellationToken);
        return EnquiryOutcome.Done;
    }

    public async Task<EnquiryOutcome> ReplyAsync(string reference, string? reply, CancellationToken cancellationToken)
    {
        var enquiry = await FindAsync(reference, cancellationToken);
        if (enquiry is null)
        {
            return EnquiryOutcome.NotFound;
        }
        reply = reply?.Trim();
        if (enquiry.Status == EnquiryStatus.Closed || string.IsNullOrEmpty(reply) || reply.Length > MaxReply)
        {
            return EnquiryOutcome.Refused;
        }
        enquiry.Status = EnquiryStatus.Answered;
        // Whoever replies without an assignment has taken the enquiry on.
        enquiry.AssignedTo ??= editor.Name;
        await RecordAsync(enquiry, EnquiryStatus.Answered, AuditActions.EnquiryReplied, null, step => step.ReplyEncrypted = protector.Protect(reply), cancellationToken);
        await mail.SendReplyAsync(
            enquiry, protector.Unprotect(enquiry.ContactNameEncrypted), protector.Unprotect(enquiry.EmailEncrypted), reply, cancellationToken);
        return EnquiryOutcome.Done;
    }

    public async Task<EnquiryOutcome> CloseAsync(string reference, CancellationToken cancellationToken)
    {
        var enquiry = await FindAsync(reference, cancellationToken);
        if (enquiry is null)
        {
            return EnquiryOutcome.NotFound;
        }
        if (enquiry.Status == EnquiryStatus.Closed)
        {
            return EnquiryOutcome.Refused;
        }
        enquiry.Status = EnquiryStatus.Closed;
        await RecordAsync(enquiry, EnquiryStatus.Closed, AuditActions.EnquiryClosed, null, _ => { }, cancellationToken);
        return EnquiryOutcome.Done;
    }

    private Task<BusinessEnquiry?> FindAsync(string reference, CancellationToken cancellationToken) =>
        db.Enquiries.SingleOrDefaultAsync(e => e.ReferenceNumber == reference, cancellationToken);

    private async Task RecordAsync(
        BusinessEnquiry enquiry, EnquiryStatus status, string action, string? details, Action<EnquiryStep> fill, CancellationToken cancellationToken)
    {
        var step = new EnquiryStep { EnquiryId = enquiry.Id, Status = status, At = time.GetUtcNow().UtcDateTime, Actor = editor.Name };
        fill(step);
        db.Steps.Add(step);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(editor.Name, action, enquiry.ReferenceNumber, details, editor.IpAddress, cancellationToken);
    }
}
