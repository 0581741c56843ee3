using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ProjectMap.Domain.Access;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// The web viewer's accounts: keyed by the case-folded name, canonical form a fixed-order JSON of name, display name,
/// role, projects (ordinal), password hash, disabled flag and creation instant (UTC, milliseconds).
/// </summary>
public sealed class UsersConcern : IStoreConcern
{
    /// <inheritdoc />
    public string Name => "users";

    /// <inheritdoc />
    public async Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.Users.ListAsync(cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ConcernItem> ItemsAsync(IProjectMapStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        foreach (var u in (await store.Users.ListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(u => u.Name.Key, StringComparer.Ordinal))
        {
            yield return new ConcernItem(u.Name.Key, JsonSerializer.Serialize(new object?[]
            {
                u.Name.Value, u.DisplayName, UserRoles.Name(u.Role), u.Projects.Select(p => p.Value).Order(StringComparer.Ordinal).ToArray(),
                u.PasswordHash, u.Disabled, u.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            }));
        }
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var users = await source.Users.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var u in users)
        {
            await destination.Users.AddAsync(u, cancellationToken).ConfigureAwait(false);
        }

        return users.Count;
    }
}
