namespace PublicSite.Cms.Publishing;

/// <summary>An action that the variant's current state does not allow (e.g. submitting what is already in review).</summary>
public sealed class WorkflowException(string reason) : Exception(reason)
{
    /// <summary>A message key the manager translates.</summary>
    public string Reason { get; } = reason;
}
