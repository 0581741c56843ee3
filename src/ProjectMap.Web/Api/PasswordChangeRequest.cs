namespace ProjectMap.Web.Api;

/// <summary>A signed-in user's password change.</summary>
/// <param name="CurrentPassword">The password now (required).</param>
/// <param name="NewPassword">The new password, at least 8 characters.</param>
public sealed record PasswordChangeRequest(string? CurrentPassword, string? NewPassword);
