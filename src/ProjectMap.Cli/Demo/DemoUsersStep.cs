using ProjectMap.Application.Users;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Cli.Demo;

/// <summary>
/// Adds the demo's viewer accounts with known passwords (documented in the README; for the demo store only): an admin,
/// a leader, and an officer assigned to the first two sample projects.
/// </summary>
public sealed class DemoUsersStep : IDemoStep
{
    /// <summary>The demo accounts: name, role, password, display name, assigned projects.</summary>
    public static IReadOnlyList<(string Name, UserRole Role, string Password, string DisplayName, string[] Projects)> Accounts { get; } =
    [
        ("admin", UserRole.Admin, "admin-demo", "系统管理员", []),
        ("leader", UserRole.Leader, "leader-demo", "区领导", []),
        ("officer", UserRole.Officer, "officer-demo", "项目专员", ["WJ2023-001", "WJ2023-002"]),
    ];

    /// <inheritdoc />
    public string Name => "viewer users";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext demo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var users = new UserService(demo.Store, new PasswordHasher());
        foreach (var (name, role, password, display, projects) in Accounts)
        {
            await users.AddAsync(UserName.Parse(name), role, projects.Select(ProjectCode.Parse).ToList(), password, display, cancellationToken).ConfigureAwait(false);
            await demo.LogAsync($"user {name} ({UserRoles.Name(role)}{(projects.Length > 0 ? " of " + string.Join(", ", projects) : string.Empty)}), password {password}").ConfigureAwait(false);
        }
    }
}
