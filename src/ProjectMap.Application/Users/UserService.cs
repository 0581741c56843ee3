using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Users;

/// <summary>
/// Creating and changing user accounts with the rules the CLI and the web share: a password of at least
/// <see cref="PasswordHasher.MinimumPasswordLength"/> characters, projects only for officers, every project known.
/// </summary>
public sealed class UserService(IProjectMapStore store, PasswordHasher hasher)
{
    /// <summary>Creates an account; throws <see cref="UserRuleException"/> when a rule is broken and <see cref="DuplicateUserException"/> when the name is taken.</summary>
    public async Task<UserAccount> AddAsync(
        UserName name, UserRole role, IReadOnlyList<ProjectCode> projects, string password, string? displayName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        CheckPassword(password);
        await CheckProjectsAsync(role, projects, cancellationToken).ConfigureAwait(false);
        var user = new UserAccount
        {
            Name = name,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(),
            Role = role,
            Projects = projects.Distinct().ToList(),
            PasswordHash = hasher.Hash(password),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await store.Users.AddAsync(user, cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>Changes role and projects (and the display name when given); throws <see cref="UserNotFoundException"/> for an unknown user.</summary>
    public async Task<UserAccount> SetRoleAsync(
        UserName name, UserRole role, IReadOnlyList<ProjectCode> projects, string? displayName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var user = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        await CheckProjectsAsync(role, projects, cancellationToken).ConfigureAwait(false);
        var changed = user with
        {
            Role = role,
            Projects = projects.Distinct().ToList(),
            DisplayName = displayName is null ? user.DisplayName : (string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim()),
        };
        await store.Users.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Sets a new password; throws <see cref="UserRuleException"/> for a weak one.</summary>
    public async Task<UserAccount> SetPasswordAsync(UserName name, string password, CancellationToken cancellationToken = default)
    {
        CheckPassword(password);
        var user = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        var changed = user with { PasswordHash = hasher.Hash(password) };
        await store.Users.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Disables or re-enables an account.</summary>
    public async Task<UserAccount> SetDisabledAsync(UserName name, bool disabled, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        var changed = user with { Disabled = disabled };
        await store.Users.UpdateAsync(changed, cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>
    /// The account when <paramref name="password"/> is right and the account is enabled, else null. A missing user still
    /// costs one hash computation, so response time does not tell which names exist.
    /// </summary>
    public async Task<UserAccount?> AuthenticateAsync(string name, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        UserAccount? user = null;
        if (UserName.TryParse(name, out var parsed, out _))
        {
            user = await store.Users.FindAsync(parsed, cancellationToken).ConfigureAwait(false);
        }

        var ok = PasswordHasher.Verify(password, user?.PasswordHash ?? DummyHash.Value);
        return ok && user is { Disabled: false } ? user : null;
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher().Hash(PasswordHasher.Generate()));

    private async Task<UserAccount> FindAsync(UserName name, CancellationToken cancellationToken) =>
        await store.Users.FindAsync(name, cancellationToken).ConfigureAwait(false) ?? throw new UserNotFoundException(name.Value);

    private static void CheckPassword(string password)
    {
        if (PasswordHasher.Weakness(password) is { } weakness)
        {
            throw new UserRuleException(weakness);
        }
    }

    private async Task CheckProjectsAsync(UserRole role, IReadOnlyList<ProjectCode> projects, CancellationToken cancellationToken)
    {
        if (role != UserRole.Officer && projects.Count > 0)
        {
            throw new UserRuleException($"only officers are assigned projects; a {UserRoles.Name(role)} reads every project{(role == UserRole.Admin ? " and may edit all of them" : string.Empty)}");
        }

        foreach (var code in projects)
        {
            if (await store.Projects.FindAsync(code, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new ProjectNotFoundException(code.Value);
            }
        }
    }
}
