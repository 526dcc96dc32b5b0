namespace PublicSite.Web.Features.InformationRequests;

/// <summary>The answers the regulation allows (条例 Art. 30, 36), as the 2021 annual-report template counts them.</summary>
public enum RequestDecision
{
    /// <summary>予以公开 (Art. 36 (1), (2)).</summary>
    Disclosed,

    /// <summary>部分公开: the part that may be disclosed is given (Art. 37), the rest refused on a ground.</summary>
    PartlyDisclosed,

    /// <summary>不予公开 (Art. 36 (3)), on a ground of Art. 14, 15 or 16.</summary>
    Refused,

    /// <summary>无法提供 (Art. 36 (4)): the office does not hold it, it would have to be made, or it stays unclear.</summary>
    NotHeld,

    /// <summary>不予处理 (Art. 36 (6), (7), Art. 35, 38, 39).</summary>
    NotProcessed,

    /// <summary>需要补正 (Art. 30): not a final answer; the clock stops until the correction arrives.</summary>
    CorrectionNeeded,

    /// <summary>转送/告知 (Art. 36 (5)): another body holds the information; the applicant is told which one.</summary>
    Referred,
}

/// <summary>
/// Why a request was refused or not processed, in the rows of the 2021 annual-report template (table 三 (三)–(五)).
/// The grounds of refusal are the regulation's exceptions: Art. 14 (secrets, laws, the "three securities and one
/// stability"), Art. 15 (third parties' commercial secrets and privacy), Art. 16 (internal, process and case files).
/// </summary>
public enum DecisionGround
{
    Art14StateSecret,
    Art14ProhibitedByLaw,
    Art14Security,
    Art15ThirdParty,
    Art16Internal,
    Art16Process,
    Art16EnforcementFile,
    NotHeldByOffice,
    WouldHaveToBeMade,
    UnclearAfterCorrection,
    Petition,
    Repeated,
    Publication,
    Excessive,
    Confirmation,
}

/// <summary>The kind of legal person or organisation, the annual report's columns (商业企业 … 其他).</summary>
public enum OrganisationKind
{
    Business,
    Research,
    NonProfit,
    LegalServices,
    Other,
}

/// <summary>Which grounds each decision takes and what it must say.</summary>
public static class DecisionRules
{
    private static readonly DecisionGround[] Exceptions =
    [
        DecisionGround.Art14StateSecret, DecisionGround.Art14ProhibitedByLaw, DecisionGround.Art14Security, DecisionGround.Art15ThirdParty,
        DecisionGround.Art16Internal, DecisionGround.Art16Process, DecisionGround.Art16EnforcementFile,
    ];

    /// <summary>The grounds to choose from; a decision with grounds needs one of them.</summary>
    public static IReadOnlyList<DecisionGround> GroundsFor(RequestDecision decision) => decision switch
    {
        RequestDecision.PartlyDisclosed or RequestDecision.Refused => Exceptions,
        RequestDecision.NotHeld => [DecisionGround.NotHeldByOffice, DecisionGround.WouldHaveToBeMade, DecisionGround.UnclearAfterCorrection],
        RequestDecision.NotProcessed =>
            [DecisionGround.Petition, DecisionGround.Repeated, DecisionGround.Publication, DecisionGround.Excessive, DecisionGround.Confirmation],
        _ => [],
    };

    /// <summary>A correction request says what to correct; a referral names the body that holds the information.</summary>
    public static bool NeedsNote(RequestDecision decision) => decision is RequestDecision.CorrectionNeeded or RequestDecision.Referred;
}
