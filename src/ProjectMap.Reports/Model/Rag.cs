namespace ProjectMap.Reports.Model;

/// <summary>A red/amber/green rating; <see cref="None"/> where no rating applies (a step that does not apply or has no plan).</summary>
public enum Rag
{
    /// <summary>Reached or on plan.</summary>
    Green,

    /// <summary>A warning: overdue within the warning days, or forecast later than planned.</summary>
    Amber,

    /// <summary>Delayed: overdue beyond the warning days.</summary>
    Red,

    /// <summary>Not rated.</summary>
    None,
}
