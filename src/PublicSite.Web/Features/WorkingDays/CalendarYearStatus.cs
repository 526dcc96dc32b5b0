namespace PublicSite.Web.Features.WorkingDays;

/// <summary>How far a year's days can be trusted.</summary>
public enum CalendarYearStatus
{
    /// <summary>No file: only Saturdays and Sundays are days off, which misses every holiday.</summary>
    NotFiled,

    /// <summary>Filed before the State Council published the year's notice: statutory days only, no 调休.</summary>
    Provisional,

    /// <summary>Copied from the State Council's published notice.</summary>
    Official,
}
