using ProjectMap.Domain.Projects;

namespace ProjectMap.Domain.Access;

/// <summary>
/// A user of the web viewer: login name, role, the projects an officer is assigned to, and the password as a salted
/// hash (never the password). Treat it as an immutable value: change it with <c>with</c>.
/// </summary>
public sealed record UserAccount
{
    /// <summary>The login name, unique in a store regardless of case.</summary>
    public required UserName Name { get; init; }

    /// <summary>A name to show instead of the login name (for example 张三), or null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the user may do.</summary>
    public required UserRole Role { get; init; }

    /// <summary>The projects an officer may write to; empty for leaders and admins (admins may write to every project).</summary>
    public IReadOnlyList<ProjectCode> Projects { get; init; } = [];

    /// <summary>The password hash in the self-describing form the application's password hasher writes (algorithm, iterations, salt, hash).</summary>
    public required string PasswordHash { get; init; }

    /// <summary>True when the account may no longer log in; it is kept so the audit log's names stay meaningful.</summary>
    public bool Disabled { get; init; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>True when the user may change the data of a project: admins always, officers for their assigned projects, leaders never.</summary>
    public bool CanEdit(ProjectCode project) => !Disabled && Role switch
    {
        UserRole.Admin => true,
        UserRole.Officer => Projects.Contains(project),
        _ => false,
    };

    /// <summary>True when the user may manage users and projects (admins only).</summary>
    public bool CanAdminister => !Disabled && Role == UserRole.Admin;
}
