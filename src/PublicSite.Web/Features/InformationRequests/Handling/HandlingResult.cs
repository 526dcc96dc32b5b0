namespace PublicSite.Web.Features.InformationRequests;

/// <summary>What became of a handling step; every refusal has a message key <c>Handling_&lt;value&gt;</c> in both languages.</summary>
public enum HandlingResult
{
    Done,
    NotFound,
    AlreadyDecided,
    UnknownDecision,
    GroundRequired,
    NoteRequired,
    LetterRequired,
    TooLong,
    AlreadyExtended,
    ClockStopped,
    ReasonRequired,
    CorrectionAlreadyAsked,
    NoCorrectionAsked,
    CorrectionRequired,
}
