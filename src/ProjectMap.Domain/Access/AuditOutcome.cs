namespace ProjectMap.Domain.Access;

/// <summary>How a write attempt ended, as the audit log records it.</summary>
public enum AuditOutcome
{
    /// <summary>The write was allowed and stored.</summary>
    Done = 0,

    /// <summary>The write was refused because the user's role or project assignment does not allow it.</summary>
    Refused = 1,

    /// <summary>The write was allowed but failed (bad input, conflict); nothing was stored.</summary>
    Failed = 2,
}
