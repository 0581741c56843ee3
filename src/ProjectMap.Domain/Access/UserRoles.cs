using System.Diagnostics.CodeAnalysis;

namespace ProjectMap.Domain.Access;

/// <summary>The lower-case names of <see cref="UserRole"/> used on the command line, in the store and in the web API.</summary>
public static class UserRoles
{
    /// <summary>The name of a role: "leader", "officer" or "admin".</summary>
    public static string Name(UserRole role) => role switch
    {
        UserRole.Leader => "leader",
        UserRole.Officer => "officer",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role"),
    };

    /// <summary>Parses "leader", "officer" or "admin" (any case); returns false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out UserRole? role)
    {
        role = text?.Trim().ToUpperInvariant() switch
        {
            "LEADER" => UserRole.Leader,
            "OFFICER" => UserRole.Officer,
            "ADMIN" => UserRole.Admin,
            _ => null,
        };
        return role is not null;
    }

    /// <summary>Parses a role name and throws <see cref="FormatException"/> naming the accepted values otherwise.</summary>
    public static UserRole Parse(string? text) =>
        TryParse(text, out var role) ? role.Value : throw new FormatException($"unknown role '{text}': use admin, officer or leader");
}
