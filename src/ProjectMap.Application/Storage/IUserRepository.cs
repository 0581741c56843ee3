using ProjectMap.Domain.Access;

namespace ProjectMap.Application.Storage;

/// <summary>The web viewer's user accounts in a store; every write is one transaction.</summary>
public interface IUserRepository
{
    /// <summary>Every account, disabled ones included, ordered by name (ordinal on the case-folded key).</summary>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The account with a name (any letter case), or null when there is none.</summary>
    Task<UserAccount?> FindAsync(UserName name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an account with its project assignments. Throws <see cref="DuplicateUserException"/> when the name (any case)
    /// is taken and <see cref="ProjectNotFoundException"/> when an assigned project is not in the store; nothing is stored then.
    /// </summary>
    Task AddAsync(UserAccount user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored account with the same name (role, display name, projects, password hash, disabled flag).
    /// Throws <see cref="UserNotFoundException"/> when none is stored and <see cref="ProjectNotFoundException"/> for an unknown project.
    /// </summary>
    Task UpdateAsync(UserAccount user, CancellationToken cancellationToken = default);
}
