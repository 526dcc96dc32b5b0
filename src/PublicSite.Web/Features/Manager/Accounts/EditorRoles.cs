namespace PublicSite.Web.Features.Manager.Accounts;

/// <summary>The manager's roles and the policies built on them.</summary>
public static class EditorRoles
{
    /// <summary>Users, roles, settings and everything else.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Approves, publishes, schedules and withdraws.</summary>
    public const string Publisher = "Publisher";

    /// <summary>Creates, edits, translates and submits for review.</summary>
    public const string Editor = "Editor";

    public static IReadOnlyList<string> All { get; } = [Administrator, Publisher, Editor];

    /// <summary>Policy: anyone with a manager role.</summary>
    public const string CanEdit = "CanEdit";

    /// <summary>Policy: publishers and administrators.</summary>
    public const string CanPublish = "CanPublish";

    /// <summary>Policy: administrators only.</summary>
    public const string CanAdminister = "CanAdminister";
}
