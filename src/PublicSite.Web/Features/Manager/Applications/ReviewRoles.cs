namespace PublicSite.Web.Features.Manager.Applications;

/// <summary>Only these roles see applicants' personal data; editors do not.</summary>
public static class ReviewRoles
{
    public const string Reviewers = "Publisher,Administrator";
}
