namespace PublicSite.Cms.Auditing;

/// <summary>One editor action: who, what, on what, when and from which address. Never changed once written.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The signed-in user's email, or what was typed for a failed sign-in.</summary>
    public required string Actor { get; set; }

    public required string Action { get; set; }

    /// <summary>What the action was on: an item, a user, a file, an export.</summary>
    public string? Subject { get; set; }

    public string? Details { get; set; }

    public string? IpAddress { get; set; }
}
