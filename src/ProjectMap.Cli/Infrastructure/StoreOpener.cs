using ProjectMap.Application.Storage;
using ProjectMap.Storage.GeoPackage;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>
/// Chooses the store implementation from a <c>--db</c> value: <c>postgresql://…</c> or <c>postgres://…</c> URLs go
/// to a registered server store, anything else is a GeoPackage file path.
/// </summary>
public static class StoreOpener
{
    /// <summary>Opens a store; <paramref name="create"/> lets a GeoPackage file be created when missing.</summary>
    public static async Task<IProjectMapStore> OpenAsync(string db, bool create, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException("PostgreSQL stores are not available in this build; give a GeoPackage file path with --db");
        }

        return await GeoPackageStore.OpenAsync(db, create, cancellationToken).ConfigureAwait(false);
    }
}
