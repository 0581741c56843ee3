namespace ProjectMap.Web.Api;

/// <summary>An admin's new or changed user account.</summary>
/// <param name="Name">Login name (for a new account).</param>
/// <param name="Role">"admin", "officer" or "leader".</param>
/// <param name="Projects">Project codes an officer may edit.</param>
/// <param name="DisplayName">Name to show, or null.</param>
/// <param name="Password">Password for a new account (at least 8 characters).</param>
/// <param name="Disabled">For a change: true to stop the user logging in, false to let them again, null to leave as is.</param>
public sealed record UserRequest(string? Name, string? Role, IReadOnlyList<string>? Projects, string? DisplayName, string? Password, bool? Disabled);
