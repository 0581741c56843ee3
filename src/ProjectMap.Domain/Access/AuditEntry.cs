namespace ProjectMap.Domain.Access;

/// <summary>One line of the audit log: who tried to write what, when, from where, and how it ended.</summary>
/// <param name="Id">Store-assigned, increasing; 0 before the entry is stored.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="User">The login name, or null for an anonymous or failed login attempt.</param>
/// <param name="Action">What was attempted, dotted lower case, for example "project.update" or "user.add".</param>
/// <param name="Target">What it was attempted on (a project code, a user name), or empty.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Detail">A sentence or a compact JSON of the change (old and new values), or empty.</param>
/// <param name="Source">Where the request came from: a remote IP address for the web, "cli" for the command line.</param>
public sealed record AuditEntry(long Id, DateTimeOffset At, string? User, string Action, string Target, AuditOutcome Outcome, string Detail, string Source);
