namespace PublicSite.Cms.Auditing;

/// <summary>The actions the audit log records; stable strings, filterable in the manager.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string LockedOut = "locked-out";
    public const string Save = "save";
    public const string Submit = "submit";
    public const string Return = "return";
    public const string Reject = "reject";
    public const string Approve = "approve";
    public const string Publish = "publish";
    public const string Schedule = "schedule";
    public const string Withdraw = "withdraw";
    public const string Delete = "delete";
    public const string Restore = "restore";
    public const string RestoreRevision = "restore-revision";
    public const string Upload = "upload";
    public const string DeleteFile = "delete-file";
    public const string UserCreated = "user-created";
    public const string RoleChanged = "role-changed";
    public const string UserLocked = "user-locked";
    public const string UserDeactivated = "user-deactivated";
    public const string UserReactivated = "user-reactivated";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string TwoFactorChanged = "two-factor-changed";
    public const string Export = "export";
    public const string ApplicationStatus = "application-status";
    public const string TermChanged = "term-changed";
    public const string EnquiryAssigned = "enquiry-assigned";
    public const string EnquiryReplied = "enquiry-replied";
    public const string EnquiryClosed = "enquiry-closed";
    public const string EventMessage = "event-message";
    public const string RequestDecision = "request-decision";
    public const string RequestExtension = "request-extension";
    public const string RequestCorrection = "request-correction";
    public const string PersonalDataViewed = "personal-data-viewed";
    public const string RedirectAdded = "redirect-added";
    public const string RedirectRemoved = "redirect-removed";

    public static IReadOnlyList<string> All { get; } =
    [
        SignIn, SignInFailed, SignOut, LockedOut, Save, Submit, Return, Reject, Approve, Publish, Schedule, Withdraw, Delete, Restore,
        RestoreRevision, Upload, DeleteFile, UserCreated, RoleChanged, UserLocked, UserDeactivated, UserReactivated, PasswordReset, PasswordChanged,
        TwoFactorChanged, Export, ApplicationStatus, TermChanged, EnquiryAssigned, EnquiryReplied, EnquiryClosed, EventMessage,
        RequestDecision, RequestExtension, RequestCorrection, PersonalDataViewed,
        RedirectAdded, RedirectRemoved,
    ];
}
